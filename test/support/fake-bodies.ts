// Bodies the fake gateway sends for the ugly cases: a captive portal's page, a huge dump.
import type http from 'node:http';

export const PORTAL = '<!DOCTYPE html><html><head><title>Wi-Fi login</title></head><body><form>Accept terms</form></body></html>';

export /** A JSON-looking body of `size` bytes, in 64 KiB writes that respect back-pressure. */
function streamBig(res: http.ServerResponse, size: number): void {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(size) });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  chunk.write('{"data":"');
  let sent = 0;
  const pump = (): void => {
    while (sent < size) {
      const n = Math.min(chunk.length, size - sent);
      sent += n;
      if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('error', () => undefined); // the client stopping early is the point
  pump();
}
