package studio.coanchor.profile;

import java.util.Optional;

/**
 * What reading the settings file gave: the settings to use, and when the file could not be used, what went wrong and
 * what was done about it, in words for the user.
 */
public record LoadedSettings(Settings settings, Optional<String> problem) {
}
