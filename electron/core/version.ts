import packageJson from '../../package.json';

/** The app's version, from package.json. */
export const appVersion: string = packageJson.version;
