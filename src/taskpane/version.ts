/** Name and version shown in the pane; webpack's DefinePlugin is not needed since package.json is bundled. */
import packageJson from "../../package.json";

export const ADDIN_NAME = "Resultatdialog";
export const ADDIN_VERSION: string = packageJson.version;
