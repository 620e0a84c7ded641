package org.msettriage.service.pages;

import java.util.ArrayList;
import java.util.List;
import org.msettriage.service.security.AuditPageSecurity;
import org.msettriage.service.security.Role;

/**
 * Who signs in at the one sign-in form, in words: its introduction, its refusal and its footer all name
 * the readers from the roles the form takes ({@link AuditPageSecurity#READERS}), so that a role given pages
 * cannot be left out of one of them.
 */
final class SignInReaders {

    /** One reader as the form names them: who they are, the pages they sign in for, whose credential. */
    record Reader(String who, String pages, String whose) {}

    private static final List<Reader> READERS =
            AuditPageSecurity.READERS.stream().map(SignInReaders::of).toList();

    private SignInReaders() {}

    /** "Auditors sign in here for the audit pages, policy leads for the rules workbench, ... ." */
    static String introduction() {
        List<String> said = new ArrayList<>();
        for (Reader reader : READERS) {
            said.add(
                    said.isEmpty()
                            ? capitalised(reader.who()) + " sign in here for " + reader.pages()
                            : reader.who() + " for " + reader.pages());
        }
        return listed(said, "and") + ".";
    }

    /** "an auditor's, a policy lead's, the MSET coordinator's or an analyst's": whose credential is taken. */
    static String credentials() {
        return listed(READERS.stream().map(Reader::whose).toList(), "or");
    }

    /** "auditors, policy leads, the MSET coordinator and analysts": whom the form's pages are for. */
    static String everyone() {
        return listed(READERS.stream().map(Reader::who).toList(), "and");
    }

    private static String listed(List<String> said, String lastJoin) {
        int last = said.size() - 1;
        return last == 0
                ? said.get(0)
                : String.join(", ", said.subList(0, last)) + " " + lastJoin + " " + said.get(last);
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Reader of(Role role) {
        return switch (role) {
            case AUDITOR -> new Reader("auditors", "the audit pages", "an auditor's");
            case POLICY_LEAD -> new Reader("policy leads", "the rules workbench", "a policy lead's");
            case PANEL_COORDINATOR -> new Reader("the MSET coordinator", "the panel pages", "the MSET coordinator's");
            case ANALYST -> new Reader("analysts", "their dashboard", "an analyst's");
            case CASE_SYSTEM, OPERATOR -> throw new IllegalStateException(role + " has no pages to sign in to");
        };
    }
}
