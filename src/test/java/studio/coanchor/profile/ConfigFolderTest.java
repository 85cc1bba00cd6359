package studio.coanchor.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigFolderTest {
    private static final String HOME = Path.of("/home/ann").toAbsolutePath().toString();

    @Test
    void linuxFollowsXdgConfigHome() {
        assertEquals(Path.of(HOME, ".config", "coanchor"), locate("Linux", Map.of()));
        assertEquals(Path.of("/xdg/conf", "coanchor").toAbsolutePath(),
                locate("Linux", Map.of("XDG_CONFIG_HOME", Path.of("/xdg/conf").toAbsolutePath().toString())));
        assertEquals(Path.of(HOME, ".config", "coanchor"), locate("Linux", Map.of("XDG_CONFIG_HOME", "relative")));
    }

    @Test
    void windowsUsesAppDataAndMacApplicationSupport() {
        assertEquals(Path.of("R:", "Roaming", "CoAnchor Studio"),
                locate("Windows 11", Map.of("APPDATA", Path.of("R:", "Roaming").toString())));
        assertEquals(Path.of(HOME, "AppData", "Roaming", "CoAnchor Studio"), locate("Windows 10", Map.of()));
        assertEquals(Path.of(HOME, "Library", "Application Support", "CoAnchor Studio"), locate("Mac OS X", Map.of()));
    }

    @Test
    void thePropertyThenTheVariableOverrideTheOsFolder() {
        Path fromVariable = Path.of("/portable/settings").toAbsolutePath();
        assertEquals(fromVariable, locate("Linux", Map.of(ConfigFolder.VARIABLE, fromVariable.toString())));
        Path fromProperty = Path.of("/from/property").toAbsolutePath();
        assertEquals(fromProperty, ConfigFolder.locate(
                key -> Map.of("user.home", HOME, "os.name", "Linux", ConfigFolder.PROPERTY, fromProperty.toString())
                        .get(key),
                Map.of(ConfigFolder.VARIABLE, fromVariable.toString())::get));
    }

    private static Path locate(String os, Map<String, String> environment) {
        return ConfigFolder.locate(Map.of("user.home", HOME, "os.name", os)::get, environment::get);
    }
}
