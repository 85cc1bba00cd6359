package studio.coanchor.app;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest at build time. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"CoAnchor Studio " + (version == null ? "(development build)" : version),
                "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"};
    }
}
