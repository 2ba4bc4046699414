export type IniSections = Record<string, Record<string, string>>;

/**
 * Parses the AWS shared config/credentials file format as the AWS SDK does: `;` and `#` start a
 * comment at the start of a line or after whitespace; `key =` with nothing after it opens a
 * sub-section whose indented lines become `key.subkey`.
 * https://docs.aws.amazon.com/sdkref/latest/guide/file-format.html
 */
export const parseIni = (text: string): IniSections => {
  const sections: IniSections = Object.create(null);
  let section: Record<string, string> | undefined;
  let subSection: string | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.split(/(?:^|\s)[;#]/)[0]!.trim();
    if (line.startsWith("[") && line.endsWith("]")) {
      const name = line.slice(1, -1).trim().replace(/\s+/g, " ");
      section = sections[name] ??= Object.create(null);
      subSection = undefined;
      continue;
    }
    const equals = line.indexOf("=");
    if (!section || equals <= 0) continue;
    const key = line.slice(0, equals).trim();
    const value = line.slice(equals + 1).trim();
    if (value === "") {
      subSection = key;
      continue;
    }
    if (subSection && rawLine.trimStart() === rawLine) subSection = undefined;
    section[subSection ? `${subSection}.${key}` : key] = value;
  }
  return sections;
};

/** Profiles of a config file: `[profile x]` is profile x, `[default]` is "default" (`[profile default]` wins). */
export const configFileProfiles = (sections: IniSections): IniSections => {
  const profiles: IniSections = Object.create(null);
  if (sections["default"]) profiles["default"] = sections["default"];
  for (const name of Object.keys(sections)) {
    const match = /^profile (["']?)(.+)\1$/.exec(name);
    if (match) profiles[match[2]!] = sections[name]!;
  }
  return profiles;
};
