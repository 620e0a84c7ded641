package org.msettriage.rules.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.msettriage.rules.engine.DrlTokens.Token;
import org.msettriage.rules.engine.DrlTokens.Type;

/**
 * Where each token of a DRL file stands, as Drools reads the file: in a rule's consequence or not, and
 * inside which parenthesis. {@link DrlAllowlist} judges a name by it (a call in a pattern's constraint is
 * the fact's own method; kcontext may stand only straight inside a call of Findings).
 */
final class DrlLayout {

    private final List<Token> tokens;
    /** For each token: whether it stands in a consequence, between "then" and "end". */
    private final boolean[] inConsequence;
    /** For each token: the index of the innermost "(" it stands in (-1 outside any). */
    private final int[] openedAt;

    DrlLayout(List<Token> tokens) {
        this.tokens = tokens;
        this.inConsequence = new boolean[tokens.size()];
        this.openedAt = new int[tokens.size()];
        placeTokens();
    }

    /** Whether the token at i stands in a consequence, between "then" and the "end" that closes its rule. */
    boolean inConsequence(int i) {
        return inConsequence[i];
    }

    /** The index of the innermost "(" the token at i stands in, or -1 outside any. */
    int openedAt(int i) {
        return openedAt[i];
    }

    /**
     * The name before the innermost parenthesis the token at i stands in ("" when that parenthesis follows
     * no name, null outside any): read from {@link #openedAt(int)}.
     */
    String owner(int i) {
        int open = openedAt[i];
        if (open < 0) {
            return null;
        }
        Token before = open > 0 ? tokens.get(open - 1) : null;
        return before != null && before.type() == Type.NAME ? before.text() : "";
    }

    private void placeTokens() {
        Deque<Integer> openIndex = new ArrayDeque<>();
        boolean consequence = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("then")) {
                consequence = true;
            } else if (endsRule(i)) {
                consequence = false;
            }
            inConsequence[i] = consequence;
            openedAt[i] = openIndex.isEmpty() ? -1 : openIndex.peek();
            if (token.is("(")) {
                openIndex.push(i);
            } else if (token.is(")") && !openIndex.isEmpty()) {
                openIndex.pop();
            }
        }
    }

    /**
     * What may follow the "end" that closes a rule, after any semicolons, as Drools reads a rule's end
     * (LexerHelper.isRhsDrlEnd): the file's next part or an attribute's word, whole.
     */
    private static final Set<String> AFTER_END = Set.of(
            "rule",
            "query",
            "declare",
            "function",
            "import",
            "global",
            "package",
            "dialect",
            "unit",
            "salience",
            "enabled",
            "timer",
            "duration",
            "calendars",
            "refract",
            "direct",
            "no-loop",
            "lock-on-active",
            "auto-focus",
            "agenda-group",
            "activation-group",
            "ruleflow-group",
            "date-effective",
            "date-expires");

    /**
     * Whether the token at i is the "end" that closes a rule: last in the file or followed (after any
     * semicolons) by the file's next part. A consequence may not name a variable "end" ({@link DrlAllowlist}):
     * read as the rule's end, it would leave the rest of the consequence read as conditions.
     */
    boolean endsRule(int i) {
        if (!tokens.get(i).is("end")) {
            return false;
        }
        int next = i + 1;
        while (next < tokens.size() && tokens.get(next).is(";")) {
            next++;
        }
        return next == tokens.size() || AFTER_END.contains(wordAt(next));
    }

    /** The word at i as Drools reads one after "end": names joined by hyphens written without spaces. */
    private String wordAt(int i) {
        if (tokens.get(i).type() != Type.NAME) {
            return "";
        }
        StringBuilder word = new StringBuilder(tokens.get(i).text());
        int j = i;
        while (j + 2 < tokens.size()
                && tokens.get(j + 1).is("-")
                && tokens.get(j + 2).type() == Type.NAME
                && tokens.get(j + 1).offset()
                        == tokens.get(j).offset() + tokens.get(j).text().length()
                && tokens.get(j + 2).offset() == tokens.get(j + 1).offset() + 1) {
            word.append('-').append(tokens.get(j + 2).text());
            j += 2;
        }
        return word.toString();
    }
}
