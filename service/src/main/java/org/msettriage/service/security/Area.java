package org.msettriage.service.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The readers' areas of pages, one for each role that has pages, and everything the pages and their
 * sign-in say about one: whose it is, where its home page is, how each is named in words and what its
 * pages' footer says.
 *
 * <p>Every area is signed in to at the one form ({@link AuditPageSecurity#SIGN_IN}), which takes only
 * these roles. The order here is the order the form names its readers in, and the order a reader with
 * more than one of these roles is sent home by: the first area whose role they hold is theirs.
 */
public enum Area {
    AUDIT(
            Role.AUDITOR,
            AuditPageSecurity.HOME,
            "auditors",
            "the audit pages",
            "an auditor's",
            "These pages are for auditors."),
    RULES(
            Role.POLICY_LEAD,
            AuditPageSecurity.RULES_HOME,
            "policy leads",
            "the rules workbench",
            "a policy lead's",
            "These pages are for policy leads, who own the rules: every switch needs a second policy lead's"
                    + " approval."),
    PANEL(
            Role.PANEL_COORDINATOR,
            AuditPageSecurity.PANEL_HOME,
            "the MSET coordinator",
            "the panel pages",
            "the MSET coordinator's",
            "These pages are for the MSET coordinator, who runs the partnership's panel. Every decision an"
                    + " agenda shows is recorded as read."),
    ANALYSIS(
            Role.ANALYST,
            AuditPageSecurity.ANALYSIS_HOME,
            "analysts",
            "their dashboard",
            "an analyst's",
            "These pages are for analysts: they show the partnership's counts, never a child's decision.");

    private final Role role;
    private final String home;
    private final String readers;
    private final String pages;
    private final String whose;
    private final String footer;

    Area(Role role, String home, String readers, String pages, String whose, String footer) {
        this.role = role;
        this.home = home;
        this.readers = readers;
        this.pages = pages;
        this.whose = whose;
        this.footer = footer;
    }

    /** The role whose pages these are: the only one the area's filter chain lets in. */
    public Role role() {
        return role;
    }

    /** The home page's path, under which every page of the area lies: {@code /audit}. */
    public String home() {
        return home;
    }

    /**
     * Where the area's pages keep a reader's session when asked (the warning before it ends without use):
     * {@code /audit/session}. Under the home, so the area's own filter chain checks the reader.
     */
    public String keepAlive() {
        return home + "/session";
    }

    /** The area in one word, as the header, the title and the footer name it: {@code audit}. */
    public String word() {
        return home.substring(1);
    }

    /** Whom the pages are for: "auditors", "the MSET coordinator". */
    public String readers() {
        return readers;
    }

    /** What the readers sign in for, as the sign-in form says it: "the audit pages". */
    public String pages() {
        return pages;
    }

    /** Whose credential the form takes for this area: "an auditor's". */
    public String whose() {
        return whose;
    }

    /**
     * The home page as a link to it reads after "Go to": "your audit home page". Every area's in the one
     * style, by the word its header shows, so a reader refused elsewhere knows the link as their own.
     */
    public String homeName() {
        return "your " + word() + " home page";
    }

    /** The footer's sentence on every page of the area, naming its readers: "These pages are for auditors." */
    public String footer() {
        return footer;
    }

    /** Whether a path (without a query) is the home page or a page under it. */
    public boolean contains(String path) {
        return path.equals(home) || path.startsWith(home + "/");
    }

    /** The reader's own area: the first whose role they hold; none for a caller of the API only. */
    public static Optional<Area> of(Caller reader) {
        return Arrays.stream(values()).filter(area -> reader.has(area.role)).findFirst();
    }

    /** The area by its one word ({@link #word}), as a layout names it: "audit". */
    public static Optional<Area> named(String word) {
        return Arrays.stream(values()).filter(area -> area.word().equals(word)).findFirst();
    }

    /** The area a path (without a query) is in, if it is in one. */
    public static Optional<Area> at(String path) {
        return Arrays.stream(values()).filter(area -> area.contains(path)).findFirst();
    }
}
