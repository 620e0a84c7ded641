package org.msettriage.service.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.msettriage.service.problem.ParameterProblem;
import org.msettriage.service.problem.SentNames;

/**
 * The search's problems in the form's own words: each names the field by its label, and says what to do,
 * never an API parameter name (decidedBefore, riskLevel) nor the list of codes the API would accept.
 */
final class SearchProblems {

    /** One problem as the page shows it: the field's label, and what is wrong with it. */
    record Shown(String field, String message) {

        public String text() {
            return field + " " + message;
        }

        /**
         * The id of the form's field it is about, which its line in the error summary links to and which is
         * marked invalid; null for a value only an address gives (a page number).
         */
        public String fieldId() {
            return FIELD_IDS.get(field);
        }
    }

    /** The form's fields by their labels' words, as the problems name them. */
    private static final Map<String, String> FIELD_IDS = Map.of(
            "Decided from", "from",
            "Decided to", "to",
            "Risk level", "riskLevel",
            "Route", "pathway",
            "Local authority", "localAuthority",
            "Ruleset version", "rulesetVersion",
            "Order", "sort",
            "Child reference", "childRef",
            "Referral reference", "referralRef");

    private static final Map<String, Shown> WORDS = Map.of(
            "decidedBefore", new Shown("Decided to", "must be the same day as Decided from or later"),
            "riskLevel", new Shown("Risk level", "must be one of the levels in the list"),
            "pathway", new Shown("Route", "must be one of the routes in the list"),
            "localAuthority", new Shown("Local authority", "must be one of the local authorities in the list"),
            "rulesetVersion", new Shown("Ruleset version", "must be one of the versions in the list"),
            "sort", new Shown("Order", "must be one of the orders in the list"),
            "page", new Shown("Page", "must be a whole number, 1 or more"),
            "size", new Shown("Page size", "must be from 1 to 200"));

    /**
     * Why a child's reference in a page's address is refused: an address stays in the browser's history and
     * the proxies' logs. The pages' forms send it apart from the address, which then holds its keyed hash.
     */
    static final String CHILD_REF_IN_ADDRESS_REASON =
            "is never taken from the page's address, where it would stay in the browser's history: enter it in"
                    + " the form";

    private SearchProblems() {}

    static Shown of(String field, String message) {
        return new Shown(field, message);
    }

    /**
     * A problem for each name in the page's address that the page does not read. Ignored, a reference
     * written into the address ({@code ?referralRef=...}) listed every decision unfiltered, as if it were
     * the one asked for, and stayed in the browser's history (an auditor's trial); any other name unread
     * would look applied too. A child's or a referral's reference is told to go in the form.
     */
    static List<Shown> unread(Set<String> given, Set<String> read) {
        List<Shown> problems = new ArrayList<>();
        for (String name : new TreeSet<>(given)) {
            if (read.contains(name)) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("childref")) {
                problems.add(of("Child reference", CHILD_REF_IN_ADDRESS_REASON));
            } else if (lower.equals("referralref") || lower.equals("referralid")) {
                problems.add(of("Referral reference", CHILD_REF_IN_ADDRESS_REASON));
            } else {
                String shown = SentNames.repeatable(name) ? "\u201c" + name + "\u201d" : "a name";
                problems.add(of(
                        "The page's address",
                        "holds " + shown + ", which this page does not read, so nothing was looked up: search"
                                + " with the form"));
            }
        }
        return problems;
    }

    /** The query's problems, as the contract names them, in the form's words. */
    static List<Shown> inWords(List<ParameterProblem> problems) {
        return problems.stream()
                .map(problem -> WORDS.getOrDefault(
                        problem.parameter(), new Shown("The search", "could not be run: " + problem.message())))
                .distinct()
                .toList();
    }
}
