package org.pothos.bench;

import java.util.List;
import java.util.Locale;

/** Renders figures as one markdown table: medians with their spread, budgets and verdicts. */
public final class MarkdownTable {

    private MarkdownTable() {
    }

    public static String render(String header, List<Figure> figures) {
        StringBuilder out = new StringBuilder(header).append("\n\n");
        out.append("| section | figure | median | min | max | unit | budget | result | note |\n");
        out.append("|---|---|--:|--:|--:|---|---|---|---|\n");
        for (Figure figure : figures) {
            out.append("| ").append(cell(figure.section()))
                    .append(" | ").append(cell(figure.name()))
                    .append(" | ").append(number(figure.median()))
                    .append(" | ").append(number(figure.min()))
                    .append(" | ").append(number(figure.max()))
                    .append(" | ").append(cell(figure.unit()))
                    .append(" | ").append(figure.budget().map(MarkdownTable::budget).orElse(""))
                    .append(" | ").append(figure.passes().map(pass -> pass ? "PASS" : "FAIL").orElse(""))
                    .append(" | ").append(cell(figure.note()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** Three significant digits at most, whole numbers from 100 up: the noise of one run is larger than that. */
    static String number(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, magnitude >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String budget(Budget budget) {
        return (budget.direction() == Budget.Direction.AT_LEAST ? "≥ " : "≤ ") + number(budget.limit());
    }

    /** A pipe would end the cell; line breaks would end the row. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }
}
