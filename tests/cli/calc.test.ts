import { execFileSync, spawnSync } from 'child_process';
import path from 'path';
import { main } from '../../src/cli/calc';

const root = path.resolve(__dirname, '../..');
const run = (formula: string) => {
  const out = main([formula]);
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout ?? 'undefined');
};

describe('npm run calc', () => {
  it('prints the July 2017 estimate total from ESG.PROJECT', () => {
    expect(run('=INDEX(ESG.PROJECT(44095,579,0,44769,"2015-16",2,7047.5),4,6)')).toBe(4165730.25);
  });

  it('prints a spilled result as a 2-D array with its header row', () => {
    const table = run('=ESG.PROJECT(44095,579,0,44769,"2015-16",2,7047.5)');
    expect(table).toHaveLength(4);
    expect(table[0]).toHaveLength(6);
    expect(table[3][0]).toBe('2017-18');
    expect(table[3][5]).toBe(4165730.25);
  });

  it('accepts array constants', () => {
    // 100,000 surplus; bands from 0 (50%) and 50,000 (25%): marginal share = 25,000 + 12,500
    expect(run('=ESG.TRADED.SHARE(100000,{0,50000},{0.5,0.25})')).toBe(37500);
  });

  it('prints an error value with a message that names the argument', () => {
    const err = run('=ESG.GRANT(44095,-3)');
    expect(err.error).toBe('#VALUE!');
    expect(err.message).toMatch(/special/i);
    expect(err.message).toMatch(/-3/);
  });

  it('prints #N/A with a message for a year with no ESG', () => {
    const err = run('=ESG.RATE("2019-20")');
    expect(err.error).toBe('#N/A');
    expect(err.message).toMatch(/2019-20/);
  });

  it('prints strings and booleans as JSON', () => {
    expect(run('="2015-16"')).toBe('2015-16');
    expect(run('=1>0')).toBe(true);
  });

  it('exits 2 with usage on stderr for a missing or unparsable formula', () => {
    expect(main([]).code).toBe(2);
    expect(main([]).stderr).toMatch(/usage/);
    expect(main(['=SUM(1,']).code).toBe(2);
  });

  it('prints exactly one line of JSON and nothing else through npm', () => {
    const stdout = execFileSync('npm', ['run', '--silent', 'calc', '--', '=ESG.GRANT(44095,579,0,44769)'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(stdout).toBe('5391995.25\n');
    const usage = spawnSync('npm', ['run', '--silent', 'calc'], { cwd: root, encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe('');
  });
});
