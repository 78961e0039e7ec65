package org.fiscalextract.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** A Spark of two local threads, as the tests run the job on, without web UI. */
final class LocalSpark {
    private LocalSpark() {
    }

    static SparkSession start() {
        SparkConf conf = SparkExtract.configure(new SparkConf())
                .setMaster("local[2]")
                .setAppName("fiscal-extract-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.sql.shuffle.partitions", "4");
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
