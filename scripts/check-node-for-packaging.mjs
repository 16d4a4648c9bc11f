// `npm run dist` needs Node 22.12+: electron-builder 26's @electron/rebuild and node-abi declare
// it (the app, tests and CLI run on Node 20.19+). Say so before a long build fails obscurely.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Packaging (npm run dist) needs Node 22.12 or newer; this is Node ${process.versions.node}. ` +
    'The app, tests and CLI run on Node 20.19+, so only packaging needs the newer Node.');
  process.exit(1);
}
