const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // Command-line tools that share the app's entities and migrations (see package.json scripts).
      additionalEntryPoints: [
        { entryName: 'seed-large', entryPath: './src/cli/seed-large.ts' },
        // Uploads are read in a worker thread (src/app/imports/read-upload.ts), which loads this file.
        { entryName: 'import-file.worker', entryPath: './src/app/imports/import-file.worker.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      assets: ['./src/assets'],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    }),
  ],
};
