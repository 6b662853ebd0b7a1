// office-addin-mock imports only the OfficeApp enum from office-addin-manifest (whose
// ESM-only dependencies break jest); it needs the enum's values to build mock objects.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
