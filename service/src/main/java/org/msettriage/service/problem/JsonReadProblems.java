package org.msettriage.service.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * What a body the JSON reader refused breaks, said in words and placed by pointer where the reader
 * knows it. Never quotes the body (it is about a child): only the reader's counts, and field names that
 * look like the contract's.
 */
public final class JsonReadProblems {

    // Jackson's strict duplicate detection, naming the field: Duplicate Object property "name".
    // The whole name, whatever its length or quotes: a name with a quote in it must not be cut at the quote
    // and its first part repeated (FieldProblem.repeatable then judges the whole of it).
    private static final Pattern DUPLICATE_FIELD =
            Pattern.compile("Duplicate Object property \"(.*)\"", Pattern.DOTALL);
    // Jackson's limits: "Number value length (5000) exceeds the maximum allowed (1000, from ...)".
    private static final Pattern OVER_LIMIT =
            Pattern.compile("\\((\\d{1,12})\\) exceeds the maximum allowed \\((\\d{1,12})");
    // A step of a pointer repeated back is an index or a name FieldProblem may repeat, never free text.
    private static final Pattern INDEX = Pattern.compile("\\d{1,9}");

    private JsonReadProblems() {}

    /** The problem a refused body has, at the field the reader stopped in when it can be named. */
    public static FieldProblem of(JacksonException e) {
        if (e instanceof StreamConstraintsException limit) {
            return new FieldProblem("", overLimit(limit));
        }
        String pointer = e instanceof StreamReadException read ? where(read.processor()) : "";
        Matcher duplicate = e.getOriginalMessage() == null ? null : DUPLICATE_FIELD.matcher(e.getOriginalMessage());
        if (duplicate != null && duplicate.matches()) {
            // A name that is not one of the contract's is not repeated (it could be anything, a child's name
            // say), but the mistake still is: "not valid JSON" sent an integrator hunting for a syntax error.
            return new FieldProblem(
                    pointer,
                    FieldProblem.repeatable(duplicate.group(1))
                            ? "the field \"" + duplicate.group(1) + "\" is given twice in one object; give it once"
                            : "a field is given twice in one object" + lineAndColumn(e) + "; give it once");
        }
        return new FieldProblem(pointer, "the body is not valid JSON" + lineAndColumn(e));
    }

    private static String overLimit(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher counts = OVER_LIMIT.matcher(message);
        if (!counts.find()) {
            return "the body goes past a limit of the JSON reader";
        }
        String found = counts.group(1);
        String most = counts.group(2);
        if (message.startsWith("Number value length")) {
            return "a number in the body has " + found + " digits; a number may have at most " + most;
        }
        if (message.startsWith("Document nesting depth")) {
            return "the body nests objects and arrays " + found + " deep; at most " + most + " is read";
        }
        if (message.startsWith("Name length")) {
            return "a field name in the body is " + found + " long; a name may be at most " + most;
        }
        return "the body goes past a limit of the JSON reader (" + found + " where at most " + most + " is read)";
    }

    /** The pointer of the field the reader was in, or "" when it was in none or a step is not a field name. */
    private static String where(JsonParser parser) {
        if (parser == null || parser.streamReadContext() == null) {
            return "";
        }
        String pointer = parser.streamReadContext().pathAsPointer().toString();
        for (String step :
                pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
            if (!FieldProblem.repeatable(step) && !INDEX.matcher(step).matches()) {
                return "";
            }
        }
        return pointer;
    }

    /** Where in the body the parser stopped, as " (line L, column C)"; empty when it does not say. */
    private static String lineAndColumn(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }
}
