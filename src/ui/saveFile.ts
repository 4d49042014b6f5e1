// A file handed to the browser's downloads: the run export, the report, the comparison's
// CSV and JSON, an exercise's report from the host.

/** Saves `data` as `fileName` through a temporary object URL. */
export function saveFile(fileName: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Revoked a moment later: some browsers start the download after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
