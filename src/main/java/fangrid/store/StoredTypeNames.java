package fangrid.store;

import java.nio.ByteBuffer;
import java.util.Set;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.StringDataType;

/**
 * Reads H2's registry of stored data types (the store's map {@code "_"}) as class names, without loading a class.
 * H2 loads and instantiates every class named there while it opens a file, so a file could make it run the
 * constructor or static initializer of any class on FanGrid's class path; {@link #foreignClass} names the first one
 * that is not one of H2's own types for tables.
 */
final class StoredTypeNames extends BasicDataType<String> {
    private static final String VERSIONED = "org.h2.mvstore.tx.VersionedValueType$Factory";
    private static final String ROW = "org.h2.mvstore.db.RowDataType$Factory";
    private static final String VALUE = "org.h2.mvstore.db.ValueDataType$Factory";
    /** H2's data types that carry no state: each is written as its class name alone. */
    private static final Set<String> STATELESS = Set.of("org.h2.mvstore.type.LongDataType",
            "org.h2.mvstore.type.StringDataType", "org.h2.mvstore.type.ByteArrayDataType",
            "org.h2.mvstore.db.NullValueDataType", "org.h2.mvstore.db.LobStorageMap$BlobReference$Type",
            "org.h2.mvstore.db.LobStorageMap$BlobMeta$Type");

    private String foreign;

    private StoredTypeNames() {
    }

    /**
     * The first class the registry of {@code store} names that is not one of H2's own table types, or null. Reading
     * stops at it, since what follows a foreign name cannot be told apart; an exception from reading then is the
     * foreign name's, not damage.
     */
    static String foreignClass(MVStore store) {
        StoredTypeNames names = new StoredTypeNames();
        if (!store.hasMap("_")) {
            return null;
        }
        try {
            MVMap<String, String> registry = store.openMap("_", new MVMap.Builder<String, String>()
                    .keyType(StringDataType.INSTANCE).valueType(names));
            registry.values().forEach(v -> { });
        } catch (RuntimeException e) {
            if (names.foreign == null) {
                throw e;
            }
        }
        return names.foreign;
    }

    @Override
    public String read(ByteBuffer buff) {
        int length = DataUtils.readVarInt(buff);
        String name = DataUtils.readString(buff, length);
        switch (name) {
            case VERSIONED -> read(buff);
            case ROW -> {
                DataUtils.readVarInt(buff);
                skipInts(buff);
                skipInts(buff);
                buff.get();
            }
            case VALUE -> {
                skipInts(buff);
                DataUtils.readVarInt(buff);
                skipInts(buff);
                buff.get();
            }
            default -> {
                if (!STATELESS.contains(name)) {
                    foreign = foreign == null ? name : foreign;
                    throw new IllegalStateException("not one of H2's table types: " + name);
                }
            }
        }
        return name;
    }

    /** Skips an array of ints as H2's row types save one: its length plus one (0 for none), then the ints. */
    private static void skipInts(ByteBuffer buff) {
        int length = DataUtils.readVarInt(buff) - 1;
        for (int i = 0; i < length; i++) {
            DataUtils.readVarInt(buff);
        }
    }

    @Override
    public void write(WriteBuffer buff, String obj) {
        throw new UnsupportedOperationException("the registry is only read");
    }

    @Override
    public int getMemory(String obj) {
        return 2 * obj.length() + 48;
    }

    @Override
    public String[] createStorage(int size) {
        return new String[size];
    }
}
