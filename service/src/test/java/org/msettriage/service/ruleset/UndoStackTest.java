package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What one policy lead may roll back to after each history of switches: undos only, never a redo. */
class UndoStackTest {

    /** A history written oldest first, as "A" (first start or approved) and "<A" (rolled back to A). */
    private static List<String> targetsAfter(String... switches) {
        List<RulesetStore.Activation> newestFirst = new ArrayList<>();
        OffsetDateTime at = OffsetDateTime.parse("2026-12-01T09:00:00Z");
        for (int i = 0; i < switches.length; i++) {
            boolean rollback = switches[i].startsWith("<");
            newestFirst.add(new RulesetStore.Activation(
                    switches[i].replace("<", ""),
                    i == 0
                            ? RulesetStore.Kind.FIRST_START
                            : rollback ? RulesetStore.Kind.ROLLBACK : RulesetStore.Kind.ACTIVATE,
                    at.plusHours(i),
                    "someone",
                    "why",
                    List.of()));
        }
        Collections.reverse(newestFirst);
        return UndoStack.rollBackTargets(newestFirst);
    }

    @Test
    void eachApprovedSwitchCanBeUndoneStepByStep() {
        assertThat(targetsAfter("A")).isEmpty();
        assertThat(targetsAfter("A", "B")).containsExactly("A");
        assertThat(targetsAfter("A", "B", "C")).containsExactly("B", "A");
        assertThat(targetsAfter("A", "B", "C", "<B")).containsExactly("A");
    }

    @Test
    void aChangeUndoneIsNotServedAgainByOnePerson() {
        assertThat(targetsAfter("A", "B", "<A")).isEmpty();
        assertThat(targetsAfter("A", "B", "<A", "C")).containsExactly("A");
        assertThat(targetsAfter("A", "B", "<A", "B")).containsExactly("A");
        assertThat(targetsAfter("A", "B", "<A", "B", "<A")).isEmpty();
    }

    @Test
    void aRulesetApprovedAgainCanBeUndoneToWhatServedJustBefore() {
        // B approved again while C served: undoing that returns to C.
        assertThat(targetsAfter("A", "B", "C", "B")).containsExactly("C", "A");
    }
}
