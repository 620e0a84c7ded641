package org.msettriage.rules.policy;

/**
 * One row of categories.csv: an indicator category, how it reads, and the exploitation type it
 * names in a decision (empty for categories that are never evidence of exploitation).
 */
public final class CategoryDefinition {

    private final String category;
    private final String title;
    private final String exploitationType;
    private final String concern;
    private final int order;
    private final String kind;

    public CategoryDefinition(
            String category, String title, String exploitationType, String concern, int order, String kind) {
        this.kind = kind;
        this.category = category;
        this.title = title;
        this.exploitationType = exploitationType;
        this.concern = concern;
        this.order = order;
    }

    /** How the category reads inside a summary sentence ("sexual exploitation", "going missing"). */
    public String getConcern() {
        return concern;
    }

    public String getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getExploitationType() {
        return exploitationType;
    }

    /**
     * What kind of category it is, classified once here so that rules and tables need not list
     * categories: "exploitation" (sexual, criminal, trafficking, online), "missing", or null for the
     * others. Null for every category of a ruleset whose table has no kind column (before 2026.12.1).
     */
    public String getKind() {
        return kind;
    }

    /** The row's position, used to list categories and types in the table's order. */
    public int getOrder() {
        return order;
    }
}
