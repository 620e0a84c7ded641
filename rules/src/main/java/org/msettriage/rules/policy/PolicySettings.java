package org.msettriage.rules.policy;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single named values of the policy (settings.csv): windows, counts, hours and the protective
 * cap. Each lives in one row of the table and nowhere else; the rules read them from this fact.
 */
public final class PolicySettings {

    static final List<String> NAMES = List.of(
            "current_window_days",
            "recent_window_days",
            "repeat_missing_episodes",
            "long_episode_hours",
            "return_interview_hours",
            "protective_cap_points",
            "under_age_years",
            "adult_age_years",
            "not_reducing_days",
            "open_episode_question_days");

    /**
     * Settings a ruleset may give and older ones lack: only a table naming one needs it (the age of the
     * Child Abduction Act 1984, which action-rules.csv names), or a feature that needs it (how far back
     * links across referrals reach, with link-stop-words.csv).
     */
    static final List<String> OPTIONAL_NAMES = List.of("child_abduction_age_years", "link_window_days");

    /** A setting named in a table's text: lower-case words joined by underscores, as settings.csv names them. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+(?:_[a-z]+)+)}");

    private final Map<String, Integer> values;

    private PolicySettings(Map<String, Integer> values) {
        this.values = Map.copyOf(values);
    }

    /** The settings, or null with the problems noted when a row is wrong or a setting has no row. */
    static PolicySettings from(CsvTable table, List<PolicyTableException> problems) {
        Map<String, Integer> values = new HashMap<>();
        // Each setting a row names, even one whose value is wrong: that row's problem is reported there, not
        // again as a setting with no row.
        Set<String> named = new HashSet<>();
        // A name that is not a setting but is near one no row names is a slip for it: reported once, at its
        // cell, with the name meant, rather than a second time as a setting with no row (a policy lead saw
        // one typing slip given as two problems, at two places).
        Set<String> unnamed = new LinkedHashSet<>(names());
        table.rows().forEach(row -> unnamed.remove(row.optional("name")));
        Set<String> slippedFor = new HashSet<>();
        int before = problems.size();
        RowCells.eachRow(table, problems, cells -> {
            String name = cells.required("name");
            if (name != null && !isSetting(name)) {
                Optional<String> meant = EditDistance.nearest(name, unnamed);
                meant.ifPresent(slippedFor::add);
                cells.note(cells.problem(
                        "name",
                        "unknown setting '" + name + "'"
                                + meant.map(setting -> "; did you mean '" + setting + "'? No row gives that setting")
                                        .orElse("")));
            } else if (name != null && !named.add(name)) {
                cells.note(cells.problem("name", "setting '" + name + "' is given twice"));
            }
            Integer value = cells.integer("value");
            if (cells.clean()) {
                values.put(name, value);
            }
        });
        for (String name : NAMES) {
            if (!named.contains(name) && !slippedFor.contains(name)) {
                problems.add(new PolicyTableException(table.fileName(), 1, "no row for setting '" + name + "'"));
            }
        }
        return problems.size() == before ? new PolicySettings(values) : null;
    }

    /** Every setting's name, as settings.csv gives them (the optional ones last). */
    public static List<String> names() {
        List<String> all = new java.util.ArrayList<>(NAMES);
        all.addAll(OPTIONAL_NAMES);
        return List.copyOf(all);
    }

    /** Whether a name is one of the settings (a policy lead may name one in a title or explanation). */
    public static boolean isSetting(String name) {
        return NAMES.contains(name) || OPTIONAL_NAMES.contains(name);
    }

    /** A setting's value by its name in settings.csv, or null for a name that is not a setting. */
    public Integer value(String name) {
        return values.get(name);
    }

    /**
     * Text with each {setting_name} replaced by that setting's value, so wording follows the numbers; a
     * placeholder naming no setting is left as it is for the caller to refuse.
     */
    public String fill(String text) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            Integer value = values.get(placeholder.group(1));
            placeholder.appendReplacement(
                    filled, Matcher.quoteReplacement(value == null ? placeholder.group() : String.valueOf(value)));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    /**
     * The settings a text names that this ruleset does not give: an optional setting (see
     * {@link #OPTIONAL_NAMES}) its settings.csv has no row for, so the text could never be filled.
     */
    public List<String> absentIn(String text) {
        return Placeholders.in(text).stream()
                .filter(name -> isSetting(name) && !values.containsKey(name))
                .toList();
    }

    /** The settings a text names as {setting_name} that are not settings. */
    public static List<String> unknownIn(String text) {
        List<String> unknown = new java.util.ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            if (!isSetting(placeholder.group(1))) {
                unknown.add(placeholder.group(1));
            }
        }
        return unknown;
    }

    /** An episode that ended within this many days is current (policy: 90). */
    public int getCurrentWindowDays() {
        return values.get("current_window_days");
    }

    public Duration getCurrentWindow() {
        return Duration.ofDays(getCurrentWindowDays());
    }

    /** An episode that ended within this many days, but not the current window, is recent (policy: 365). */
    public int getRecentWindowDays() {
        return values.get("recent_window_days");
    }

    public Duration getRecentWindow() {
        return Duration.ofDays(getRecentWindowDays());
    }

    /** Missing this many times or more in the current window is repeat missing (policy: 3). */
    public int getRepeatMissingEpisodes() {
        return values.get("repeat_missing_episodes");
    }

    /** An episode lasting more than this many hours is a long episode (policy: 24). */
    public int getLongEpisodeHours() {
        return values.get("long_episode_hours");
    }

    public Duration getLongEpisode() {
        return Duration.ofHours(getLongEpisodeHours());
    }

    /** A return interview is due within this many hours of return (policy: 72). */
    public int getReturnInterviewHours() {
        return values.get("return_interview_hours");
    }

    public Duration getReturnInterviewDeadline() {
        return Duration.ofHours(getReturnInterviewHours());
    }

    /** Protective points together are never below this (policy: -3). */
    public int getProtectiveCapPoints() {
        return values.get("protective_cap_points");
    }

    /** The under-age floors apply to children younger than this (policy: 13). */
    public int getUnderAgeYears() {
        return values.get("under_age_years");
    }

    /** A previous Moderate or Significant level at least this old, not since lowered, persists (policy: 42). */
    public int getNotReducingDays() {
        return values.get("not_reducing_days");
    }

    public Duration getNotReducingPeriod() {
        return Duration.ofDays(getNotReducingDays());
    }

    /** An open episode that started more than this many days ago raises a question (policy: 30). */
    public int getOpenEpisodeQuestionDays() {
        return values.get("open_episode_question_days");
    }

    public Duration getOpenEpisodeQuestionPeriod() {
        return Duration.ofDays(getOpenEpisodeQuestionDays());
    }

    /** A person this old or older is an adult; the child-only actions stop here (policy: 18). */
    public int getAdultAgeYears() {
        return values.get("adult_age_years");
    }
}
