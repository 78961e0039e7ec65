package org.fiscalextract.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The INPUT folder (or file) of a job, and how its files are named in documents.csv: as the
 * command line names them, the INPUT as typed joined with the path inside it by forward slashes
 * ({@code corpus/reports/四川省/x.docx}, {@code hdfs://nn/reports/x.pdf}). The same names go to
 * the pipeline, whose document facts may read the region, year and kind from folder and file names.
 *
 * @param rootPath the folder's path part, qualified and without scheme ({@code /data/reports})
 * @param rootName the INPUT as typed, without trailing slashes
 */
record InputRoot(String rootPath, String rootName) implements Serializable {

    /**
     * @param qualifiedPath the INPUT's path part as the file system names it (Hadoop's
     *                      {@code makeQualified(...).toUri().getPath()})
     */
    static InputRoot of(String input, String qualifiedPath) {
        return new InputRoot(withoutTrailingSlash(qualifiedPath), withoutTrailingSlash(input));
    }

    /**
     * The names from the root down to a listed file, or empty when it is the root itself; null
     * when the file is not under the root or a name on the way is hidden (starts with a dot), as
     * the command line skips those.
     *
     * @param filePath a listed file's path part ({@code Path.toUri().getPath()})
     */
    List<String> relative(String filePath) {
        if (filePath.equals(rootPath)) {
            return List.of();
        }
        String prefix = rootPath.equals("/") ? "/" : rootPath + "/";
        if (!filePath.startsWith(prefix)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String name : filePath.substring(prefix.length()).split("/")) {
            if (name.startsWith(".")) {
                return null;
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return Collections.unmodifiableList(names);
    }

    /** documents.csv's source_path of the file at {@code relative}. */
    String sourcePath(List<String> relative) {
        String joined = String.join("/", relative);
        if (joined.isEmpty()) {
            return rootName;
        }
        return rootName.endsWith("/") ? rootName + joined : rootName + "/" + joined;
    }

    private static String withoutTrailingSlash(String name) {
        String s = name;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
