-- V1: the first schema of a FanGrid project.
CREATE TABLE import_log (
    import_id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(20)   NOT NULL,
    file_name     VARCHAR(1000) NOT NULL,
    file_size     BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    mapping       VARCHAR(4000) NOT NULL,
    rows_read     BIGINT        NOT NULL,
    rows_imported BIGINT        NOT NULL,
    rows_skipped  BIGINT        NOT NULL,
    -- Large imports commit in batches; their rows count only once this is TRUE, and an import that never
    -- completed (the app was killed) is removed when the project is next opened.
    complete      BOOLEAN       NOT NULL DEFAULT FALSE
);

-- Everyone the project knows: from the customer file, the transactions or the survey.
CREATE TABLE customer (
    customer_key  INT PRIMARY KEY,
    customer_id   VARCHAR(200)  NOT NULL UNIQUE,
    name          VARCHAR(200),
    email         VARCHAR(320),
    phone         VARCHAR(50),
    prefecture    VARCHAR(50),
    gender        VARCHAR(20),
    birth_date    DATE,
    signup_date   DATE,
    channel       VARCHAR(100),
    -- the import that first brought this person, and the customers import that last set the profile
    import_id     BIGINT,
    profile_import_id BIGINT
);
CREATE INDEX customer_import ON customer(import_id);
CREATE INDEX customer_profile_import ON customer(profile_import_id);

CREATE TABLE txn (
    txn_id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_id     BIGINT        NOT NULL,
    customer_key  INT           NOT NULL,
    order_id      VARCHAR(100),
    txn_date      DATE          NOT NULL,
    kind          TINYINT       NOT NULL,
    amount        DOUBLE PRECISION NOT NULL,
    quantity      DOUBLE PRECISION,
    unit_price    DOUBLE PRECISION,
    product_code  VARCHAR(100),
    product_name  VARCHAR(500),
    category      VARCHAR(200),
    channel       VARCHAR(100),
    -- fingerprint of the line (and of its occurrence in its file), so overlapping exports do not count twice
    line_hash     BIGINT        NOT NULL
);
CREATE INDEX txn_import ON txn(import_id);

CREATE TABLE survey_answer (
    answer_id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_id     BIGINT        NOT NULL,
    customer_key  INT           NOT NULL,
    answer_date   DATE,
    favorability  TINYINT,
    usage_level   TINYINT,
    expectation   TINYINT,
    evaluation    TINYINT,
    comment       VARCHAR(4000)
);
CREATE INDEX survey_import ON survey_answer(import_id);

CREATE TABLE product (
    product_code  VARCHAR(100)  PRIMARY KEY,
    product_name  VARCHAR(500),
    role          TINYINT       NOT NULL,
    category      VARCHAR(200),
    import_id     BIGINT        NOT NULL
);

CREATE TABLE setting (
    setting_name  VARCHAR(100)  PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
