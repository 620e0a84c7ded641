package org.msettriage.rules.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;

/**
 * The KIE bases a keeper of compiled rulesets made last, by key. A KIE base is read-only and shared
 * safely by engines that differ only in their tables, so validating one table change after another
 * neither compiles nor loads. Only a few stay, as each holds its rule network in memory.
 */
public final class KieBaseMemory {

    /** Remembers nothing. */
    static final KieBaseMemory NONE = new KieBaseMemory(0);

    private final Map<String, KieBase> recent;

    /** Remembers the last {@code capacity} KIE bases made or loaded. */
    public KieBaseMemory(int capacity) {
        this.recent = new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, KieBase> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<KieBase> get(String key) {
        return Optional.ofNullable(recent.get(key));
    }

    synchronized void put(String key, KieBase kieBase) {
        recent.put(key, kieBase);
    }
}
