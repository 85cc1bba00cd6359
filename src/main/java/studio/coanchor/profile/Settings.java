package studio.coanchor.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the studio remembers between runs: its profiles, which one is in use, and where its windows were.
 * Immutable; every change makes a new one.
 *
 * @param activeProfile the name of the profile in use, one of {@code profiles}
 * @param windows       placements by window name ({@code main}, ...)
 */
public record Settings(String activeProfile, List<Profile> profiles, Map<String, WindowPlacement> windows) {

    public Settings {
        profiles = List.copyOf(Objects.requireNonNullElseGet(profiles, () -> List.of(Profile.named(Profile.DEFAULT_NAME))));
        windows = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNullElse(windows, Map.of())));
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("profiles is empty: keep at least one profile");
        }
        Set<String> names = new HashSet<>();
        for (Profile profile : profiles) {
            if (!names.add(profile.name())) {
                throw new IllegalArgumentException("two profiles are named '" + profile.name() + "': names must differ");
            }
        }
        activeProfile = Objects.requireNonNullElse(activeProfile, profiles.get(0).name());
        if (!names.contains(activeProfile)) {
            throw new IllegalArgumentException("activeProfile '" + activeProfile + "' names no profile; profiles are "
                    + String.join(", ", names));
        }
    }

    /** One default profile, nothing else. */
    public static Settings defaults() {
        return new Settings(null, null, null);
    }

    public Profile active() {
        return profile(activeProfile);
    }

    public Profile profile(String name) {
        return profiles.stream().filter(profile -> profile.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no profile is named '" + name + "'"));
    }

    public List<String> profileNames() {
        return profiles.stream().map(Profile::name).toList();
    }

    /** These settings with the active profile replaced by {@code changed}, which may carry a new name. */
    public Settings withActive(Profile changed) {
        List<Profile> next = new ArrayList<>(profiles);
        next.set(next.indexOf(active()), changed);
        return new Settings(changed.name(), next, windows);
    }

    /** These settings with {@code added} as a new profile, made the active one. */
    public Settings withNewProfile(Profile added) {
        if (profileNames().contains(added.name())) {
            throw new IllegalArgumentException("a profile named '" + added.name() + "' exists already: pick another name");
        }
        List<Profile> next = new ArrayList<>(profiles);
        next.add(added);
        return new Settings(added.name(), next, windows);
    }

    public Settings switchedTo(String name) {
        profile(name);
        return new Settings(name, profiles, windows);
    }

    /** These settings without the profile {@code name}; the first remaining one becomes active if it was. */
    public Settings without(String name) {
        Profile removed = profile(name);
        if (profiles.size() == 1) {
            throw new IllegalArgumentException("'" + name + "' is the only profile: make another before deleting it");
        }
        List<Profile> next = new ArrayList<>(profiles);
        next.remove(removed);
        return new Settings(name.equals(activeProfile) ? next.get(0).name() : activeProfile, next, windows);
    }

    public Settings withWindow(String window, WindowPlacement placement) {
        Map<String, WindowPlacement> next = new TreeMap<>(windows);
        next.put(window, placement);
        return new Settings(activeProfile, profiles, next);
    }
}
