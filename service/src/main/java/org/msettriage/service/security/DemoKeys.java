package org.msettriage.service.security;

import java.util.Set;

/**
 * The SHA-256 hashes of the demo API keys the README publishes ({@code demo-case-system-key} and the
 * like). Anyone can read those keys, so a service configured with any of them is open to anyone: it
 * warns at start, and the {@code production} profile refuses to start. The check is by hash, so renaming
 * a demo client does not hide it.
 */
final class DemoKeys {

    private static final Set<String> PUBLISHED_HASHES = Set.of(
            "3c336162adcbec82ca46014b0906d4527431e2aee2fa972b5d03acacb0434ff2",
            "43dea0cc8944dc624a96965f4d70b3ea98de9d8028007dfee4a17379c5d7175f",
            "f319d1152d167bf6e2cd2a5b55d1f46fdac942b139f44054f902f8423226bd78",
            "ba041bbd3d5f84055d10645d916eeace5ad28692224918c320e627f95bccbd3b",
            "4a7c449d22a99026fac16a47621ff68792ff589f72334ea3950ce186a5615e9a",
            "86b18308973edf7cb984dae68e3c0ae9447b5dd0c0cbce5b85833f67f0fbb5db",
            "b3e1e293d623b9b3f2de25d476f4c3307263d05c61ecf00c9c18690e73788703");

    private DemoKeys() {}

    static boolean isPublished(String keySha256) {
        return PUBLISHED_HASHES.contains(keySha256);
    }
}
