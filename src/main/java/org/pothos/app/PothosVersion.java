package org.pothos.app;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by the build), or "development" when run from classes. */
public final class PothosVersion {

    private PothosVersion() {
    }

    public static String get() {
        String version = PothosVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** Lets {@code --version} print it. */
    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Pothos " + get()};
        }
    }
}
