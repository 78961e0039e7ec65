package org.fiscalextract.app;

import org.fiscalextract.extractor.ingest.ByteSize;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --max-file-size}: {@code 500KB}, {@code 100MB}, {@code 2GB} or a number of bytes. */
final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        long bytes;
        try {
            bytes = ByteSize.parse(value);
        } catch (RuntimeException e) {
            throw new TypeConversionException("'" + value + "' is not a size; write e.g. 500KB, 100MB or 2GB");
        }
        if (bytes < 1) {
            throw new TypeConversionException("'" + value + "': the size limit must be at least 1 byte");
        }
        return bytes;
    }
}
