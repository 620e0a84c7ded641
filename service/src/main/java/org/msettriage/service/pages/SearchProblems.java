package org.msettriage.service.pages;

import java.util.List;
import java.util.Map;
import org.msettriage.service.problem.ParameterProblem;

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

    /** The same, as a sentence of its own. */
    static final String CHILD_REF_IN_ADDRESS = "Child reference " + CHILD_REF_IN_ADDRESS_REASON + ".";

    private SearchProblems() {}

    static Shown of(String field, String message) {
        return new Shown(field, message);
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
