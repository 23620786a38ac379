package cn.huzhu.domain.roster;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One spreadsheet cell as the reader found it: text, a number, a date, or nothing. */
public sealed interface CellValue {
    Blank BLANK = new Blank();

    /** What a person sees in the cell, used when failed rows are written back. */
    String display();

    default boolean isBlank() {
        return this instanceof Blank;
    }

    record Text(String value) implements CellValue {
        @Override
        public String display() {
            return value;
        }

        @Override
        public boolean isBlank() {
            return value.isBlank();
        }
    }

    /** A numeric cell; {@code raw} is the number as the file stored it, e.g. "1.10105E+17". */
    record Numeric(BigDecimal value, String raw) implements CellValue {
        @Override
        public String display() {
            return raw;
        }

        public boolean isIntegral() {
            return value.stripTrailingZeros().scale() <= 0;
        }

        public String plainInteger() {
            return value.setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString();
        }
    }

    record DateValue(LocalDate value) implements CellValue {
        @Override
        public String display() {
            return value.toString();
        }
    }

    record Blank() implements CellValue {
        @Override
        public String display() {
            return "";
        }
    }

    static CellValue text(String value) {
        return value == null ? BLANK : new Text(value);
    }
}
