-- Year-end scoring of a cluster's members against the cluster's criteria (chấm điểm thi đua), and the
-- cluster's proposal of its leading member for the emulation flag (suy tôn Cờ thi đua; Luật TĐKT
-- Art. 25–26, HD 1479/HD-BTĐKT).
CREATE TABLE reward.cluster_criterion (
    cluster_code text COLLATE "C" NOT NULL REFERENCES reward.cluster (code),
    year         int  NOT NULL,
    code         text COLLATE "C" NOT NULL,
    name         text NOT NULL,
    max_points   numeric(7, 2) NOT NULL CHECK (max_points > 0),
    sort_order   int  NOT NULL,
    PRIMARY KEY (cluster_code, year, code)
);

CREATE TABLE reward.cluster_score (
    cluster_code   text COLLATE "C" NOT NULL,
    year           int  NOT NULL,
    org_code       text COLLATE "C" NOT NULL,
    criterion_code text COLLATE "C" NOT NULL,
    points         numeric(7, 2) NOT NULL CHECK (points >= 0),
    PRIMARY KEY (cluster_code, year, org_code, criterion_code),
    FOREIGN KEY (cluster_code, year, criterion_code) REFERENCES reward.cluster_criterion (cluster_code, year, code)
);

CREATE TABLE reward.cluster_flag (
    cluster_code text COLLATE "C" NOT NULL REFERENCES reward.cluster (code),
    year         int  NOT NULL,
    title_code   text COLLATE "C" NOT NULL CHECK (title_code IN ('CO_TD_BO_TINH', 'CO_TD_CP')),
    org_code     text COLLATE "C" NOT NULL,
    total_points numeric(9, 2) NOT NULL,
    proposed_on  date NOT NULL,
    proposed_by  text NOT NULL,
    PRIMARY KEY (cluster_code, year, title_code)
);
