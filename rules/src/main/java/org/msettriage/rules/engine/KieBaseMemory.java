package org.msettriage.rules.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The KIE bases a keeper of compiled rulesets made last, by key. A KIE base is read-only and shared
 * safely by engines that differ only in their tables, so validating one table change after another
 * neither compiles nor loads. Only a few stay, as each holds its rule network in memory; one a decision
 * was stopped on is handed out no more (see {@link StopMark}).
 */
public final class KieBaseMemory {

    /** Remembers nothing. */
    static final KieBaseMemory NONE = new KieBaseMemory(0);

    private final Map<String, MarkedKieBase> recent;

    /** Remembers the last {@code capacity} KIE bases made or loaded. */
    public KieBaseMemory(int capacity) {
        this.recent = new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, MarkedKieBase> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<MarkedKieBase> get(String key) {
        MarkedKieBase kept = recent.get(key);
        if (kept != null && kept.stops().isSet()) {
            recent.remove(key);
            return Optional.empty();
        }
        return Optional.ofNullable(kept);
    }

    synchronized void put(String key, MarkedKieBase kept) {
        recent.put(key, kept);
    }
}
