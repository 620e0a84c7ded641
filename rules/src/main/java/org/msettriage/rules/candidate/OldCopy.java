package org.msettriage.rules.candidate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.msettriage.rules.candidate.ChangeWarnings.Compared;
import org.msettriage.rules.candidate.ChangeWarnings.Served;
import org.msettriage.rules.engine.RulesetFile;

/**
 * Whether a candidate most likely began as another kept ruleset and not as the active one: it has fewer
 * lines unlike that ruleset than unlike the active one. That ruleset is called earlier only when it
 * stopped serving before the active one first served; after a rollback, one that served later is named
 * with when it served, so the warning never calls it earlier.
 */
final class OldCopy {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'", Locale.UK);

    private OldCopy() {}

    static Optional<RulesetWarning> warning(Compared candidate, Compared active, List<Compared> others) {
        int fromActive = LinesUnlike.count(candidate.files(), active.files());
        return others.stream()
                .filter(o ->
                        !o.version().equals(active.version()) && !o.version().equals(candidate.version()))
                .map(o -> Map.entry(o, LinesUnlike.count(candidate.files(), o.files())))
                .filter(o -> o.getValue() < fromActive)
                .min(Comparator.comparingInt(Map.Entry::getValue))
                .map(closest -> new RulesetWarning(
                        RulesetWarning.Kind.LIKELY_REVERT,
                        "",
                        0,
                        said(candidate, active, closest.getKey(), closest.getValue(), fromActive)));
    }

    private static String said(Compared candidate, Compared active, Compared old, int fromOld, int fromActive) {
        String files = String.join(", ", filesAsOldHadThem(candidate, active, old));
        String closer = " (" + LinesUnlike.said(fromOld) + ") than to the active " + active.version() + " ("
                + LinesUnlike.said(fromActive) + "): ";
        String what = earlier(old, active)
                ? "is closer to the earlier ruleset " + old.version() + served(old) + closer
                        + "it may have started from an old copy, and would take back changes made since then"
                        + (files.isEmpty() ? "" : " in " + files)
                : "is closer to ruleset " + old.version() + served(old) + closer
                        + "it may have started from a copy of it, not of the active ruleset, and would make "
                        + (files.isEmpty() ? "its files" : files) + " as " + old.version() + " had them";
        return what + ". Start from the active ruleset: GET /api/v1/rulesets/" + active.version() + "/files";
    }

    /** Whether the other ruleset stopped serving for good before the active one first served. */
    private static boolean earlier(Compared old, Compared active) {
        if (old.served().isEmpty() || active.served().isEmpty()) {
            return false;
        }
        OffsetDateTime activeFirst = active.served().stream()
                .map(Served::from)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        return old.served().stream()
                .allMatch(s -> s.until() != null && !s.until().isAfter(activeFirst));
    }

    /** ", which served from 1 Dec 2026 09:00 UTC to 3 Dec 2026 10:30 UTC", or "" when not known. */
    private static String served(Compared old) {
        if (old.served().isEmpty()) {
            return "";
        }
        return ", which served "
                + old.served().stream()
                        .map(s -> s.until() == null
                                ? "from " + moment(s.from())
                                : "from " + moment(s.from()) + " to " + moment(s.until()))
                        .collect(Collectors.joining(" and "))
                + ",";
    }

    private static String moment(OffsetDateTime at) {
        return MOMENT.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** Files the candidate has as the other ruleset had them, where the active ruleset has them otherwise. */
    private static List<String> filesAsOldHadThem(Compared candidate, Compared active, Compared old) {
        Map<String, String> activeFiles = LinesUnlike.byName(active.files());
        Map<String, String> oldFiles = LinesUnlike.byName(old.files());
        return candidate.files().stream()
                .filter(f -> !f.isProperties())
                .filter(f -> LinesUnlike.same(f.name(), f.content(), oldFiles.get(f.name()))
                        && !LinesUnlike.same(f.name(), f.content(), activeFiles.get(f.name())))
                .map(RulesetFile::name)
                .toList();
    }
}
