// Checks on a photo before it is sent: the server takes JPEG and PNG up
// to 15 MiB (docs/content.md), so the user hears at once, in Dutch, when
// a file will not do, instead of after a long upload.

/** maxPhotoBytes is the largest photo the server takes. */
export const maxPhotoBytes = 15 * 1024 * 1024;

/** PhotoProblem names why a file cannot be sent, as a catalogue key. */
export type PhotoProblem = 'tooBig' | 'heic' | 'notImage';

interface FileLike {
  name: string;
  type: string;
  size: number;
}

const heicTypes = ['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence'];
const acceptedTypes = ['image/jpeg', 'image/png'];

/** photoAccept is what the file dialog offers: HEIC too, to explain it. */
export const photoAccept = ['image/jpeg', 'image/png', 'image/heic', 'image/heif', '.heic', '.heif'];

/** checkPhoto tells what is wrong with a file, or undefined when it will do. */
export function checkPhoto(file: FileLike): PhotoProblem | undefined {
  const name = file.name.toLowerCase();
  if (heicTypes.includes(file.type) || /\.hei[cf]$/.test(name)) {
    return 'heic';
  }

  const type = file.type || typeFromName(name);
  if (!acceptedTypes.includes(type)) {
    return 'notImage';
  }

  return file.size > maxPhotoBytes ? 'tooBig' : undefined;
}

/** photoType gives the MIME type sent with a photo. */
export function photoType(file: FileLike): string {
  return file.type || typeFromName(file.name.toLowerCase());
}

function typeFromName(name: string): string {
  if (/\.jpe?g$/.test(name)) return 'image/jpeg';
  if (name.endsWith('.png')) return 'image/png';
  return '';
}

/** readDataUrl reads a file as a data: URL, which the Go side accepts. */
export function readDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** formatBirthDate gives "12 april 1938" for "1938-04-12". */
export function formatBirthDate(date: string, lang = 'nl'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) {
    return date;
  }

  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}
