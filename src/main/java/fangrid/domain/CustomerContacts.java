package fangrid.domain;

/**
 * The contact details of a project's people by index (customer key − 1): personal data (DOMAIN.md, Privacy).
 * A null entry means "not given"; the arrays are shared, not copied, so treat them as read-only.
 */
public final class CustomerContacts {
    private final String[] names;
    private final String[] emails;
    private final String[] phones;

    /** Three arrays of one length, indexed by customer key − 1. */
    public CustomerContacts(String[] names, String[] emails, String[] phones) {
        if (names.length != emails.length || names.length != phones.length) {
            throw new IllegalArgumentException("contact columns differ in length");
        }
        this.names = names;
        this.emails = emails;
        this.phones = phones;
    }

    /** Whether nobody has a name, email or phone (the project has no customers file). */
    public boolean isEmpty() {
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null || emails[i] != null || phones[i] != null) {
                return false;
            }
        }
        return true;
    }

    /** The name of index {@code i}, or null; also null beyond the arrays (a person added after loading). */
    public String name(int i) {
        return i < names.length ? names[i] : null;
    }

    /** The email address of index {@code i}, or null. */
    public String email(int i) {
        return i < emails.length ? emails[i] : null;
    }

    /** The phone number of index {@code i}, or null. */
    public String phone(int i) {
        return i < phones.length ? phones[i] : null;
    }
}
