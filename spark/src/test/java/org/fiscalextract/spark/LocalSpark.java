package org.fiscalextract.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark the tests run the job on: two local threads, no web UI, one session for all test
 * classes of the JVM (starting one costs seconds; Spark stops it when the JVM exits).
 */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession get() {
        if (session == null) {
            SparkConf conf = SparkExtract.configure(new SparkConf())
                    .setMaster("local[2]")
                    .setAppName("fiscal-extract-test")
                    .set("spark.ui.enabled", "false")
                    .set("spark.driver.bindAddress", "127.0.0.1")
                    .set("spark.driver.host", "127.0.0.1")
                    .set("spark.sql.shuffle.partitions", "4")
                    // on Java 17 without spark-submit's --add-opens, the debugger Spark runs on a
                    // task that does not serialize fails to load and the job hangs instead of failing
                    .set("spark.serializer.extraDebugInfo", "false");
            session = SparkSession.builder().config(conf).getOrCreate();
        }
        return session;
    }
}
