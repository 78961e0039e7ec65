package org.fiscalextract.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.fiscalextract.exporter.ContractSchema;
import org.fiscalextract.exporter.ContractSchema.Column;
import org.fiscalextract.exporter.ContractSchema.Table;
import org.fiscalextract.exporter.ContractSchema.Type;

/**
 * The contract's tables as Spark rows, in two shapes. <b>Text</b> (for CSV): every column a
 * string, exactly as the command line writes it. <b>Typed</b> (for Parquet): integers as
 * {@code long}, years as {@code int}, and each number column as {@code decimal(38,18)} with its
 * exact text beside it in {@code <column>_exact} at the end. The decimal holds any value of up to
 * 20 integer and 18 fraction digits exactly; a value beyond that (a 64-digit number a damaged
 * file may give) is null there rather than rounded, and only the {@code _exact} text has it.
 *
 * <p>Both shapes end with the partition columns {@code province} and {@code fiscal_year}: the
 * documents table has them among its own columns; facts, projects and findings get them from
 * their document. An empty value is null there, which Spark writes as the folder
 * {@code province=__HIVE_DEFAULT_PARTITION__}.
 */
final class SparkTables {
    static final String PROVINCE = "province";
    static final String FISCAL_YEAR = "fiscal_year";
    static final String EXACT = "_exact";
    static final DecimalType DECIMAL = DataTypes.createDecimalType(38, 18);
    private static final int DECIMAL_INTEGER_DIGITS = DECIMAL.precision() - DECIMAL.scale();

    private SparkTables() {
    }

    static Table table(String name) {
        return ContractSchema.allTables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no contract table " + name));
    }

    /** Whether the table's rows carry their document's province and year as extra columns. */
    static boolean addsPartitionColumns(Table table) {
        return table.column(PROVINCE).isEmpty();
    }

    static StructType textSchema(Table table) {
        List<StructField> fields = new ArrayList<>();
        for (Column c : table.columns()) {
            fields.add(DataTypes.createStructField(c.name(), DataTypes.StringType, true));
        }
        if (addsPartitionColumns(table)) {
            fields.add(DataTypes.createStructField(PROVINCE, DataTypes.StringType, true));
            fields.add(DataTypes.createStructField(FISCAL_YEAR, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }

    static Row textRow(Table table, List<String> values, String province, String fiscalYear) {
        List<Object> cells = new ArrayList<>(values.size() + 2);
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).name();
            boolean partition = name.equals(PROVINCE) || name.equals(FISCAL_YEAR);
            cells.add(partition ? emptyAsNull(values.get(i)) : values.get(i));
        }
        if (addsPartitionColumns(table)) {
            cells.add(emptyAsNull(province));
            cells.add(emptyAsNull(fiscalYear));
        }
        return RowFactory.create(cells.toArray());
    }

    static StructType typedSchema(Table table) {
        List<StructField> fields = new ArrayList<>();
        for (Column c : table.columns()) {
            fields.add(DataTypes.createStructField(c.name(), sparkType(c.type()), true));
        }
        for (Column c : table.columns()) {
            if (c.type() == Type.NUMBER) {
                fields.add(DataTypes.createStructField(c.name() + EXACT, DataTypes.StringType, true));
            }
        }
        if (addsPartitionColumns(table)) {
            fields.add(DataTypes.createStructField(PROVINCE, DataTypes.StringType, true));
            fields.add(DataTypes.createStructField(FISCAL_YEAR, DataTypes.IntegerType, true));
        }
        return DataTypes.createStructType(fields);
    }

    static Row typedRow(Table table, List<String> values, String province, String fiscalYear) {
        List<Object> cells = new ArrayList<>(values.size() + 8);
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            cells.add(typed(columns.get(i).type(), values.get(i)));
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).type() == Type.NUMBER) {
                cells.add(emptyAsNull(values.get(i)));
            }
        }
        if (addsPartitionColumns(table)) {
            cells.add(emptyAsNull(province));
            cells.add(typed(Type.YEAR, fiscalYear));
        }
        return RowFactory.create(cells.toArray());
    }

    private static DataType sparkType(Type type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INTEGER -> DataTypes.LongType;
            case YEAR -> DataTypes.IntegerType;
            case NUMBER -> DECIMAL;
        };
    }

    /** A value as its column's Spark type; empty is null. */
    static Object typed(Type type, String value) {
        if (type == Type.STRING) {
            return emptyAsNull(value);
        }
        if (value.isEmpty()) {
            return null;
        }
        return switch (type) {
            case INTEGER -> Long.parseLong(value);
            case YEAR -> Integer.parseInt(value);
            case NUMBER -> decimal(value);
            case STRING -> value;
        };
    }

    /** The value at the decimal column's scale, or null when that would lose a digit (or it is no number). */
    static BigDecimal decimal(String value) {
        BigDecimal v;
        try {
            v = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
        if (v.scale() > DECIMAL.scale() || v.precision() - v.scale() > DECIMAL_INTEGER_DIGITS) {
            return null;
        }
        return v.setScale(DECIMAL.scale());
    }

    private static String emptyAsNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
