import { spawn } from 'node:child_process';

/**
 * A PDF's text layer and page count as pdf-parse (pdf.js) reads them. pdf.js starts its worker with a dynamic
 * import, which jest's module sandbox refuses, so the reading runs in a plain node process.
 */
export function readPdf(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const script = `
    import { PDFParse } from 'pdf-parse';
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
    const result = await parser.getText();
    await parser.destroy();
    process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: __dirname });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (data: Buffer) => out.push(data));
    child.stderr.on('data', (data: Buffer) => err.push(data));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as { text: string; pages: number });
      else reject(new Error(`pdf-parse exited with ${code}: ${Buffer.concat(err).toString('utf8')}`));
    });
    child.stdin.end(pdf);
  });
}
