-- Anchor Keeper schema, version 1. Runs unchanged on H2 2.4 and PostgreSQL 15: only portable
-- types (varchar, numeric(38,18), integer, bigint identity, boolean, timestamp with time zone),
-- no partial indexes, no database-specific syntax. JSON is stored as plain text (varchar).
-- Amounts, prices, sizes and ratios are numeric(38,18), rounded HALF_EVEN to 18 places by the
-- application before insert. Enum columns hold the Java constant names, except pos_side, which
-- holds OKX's 'long'/'short'.

-- One row per anchor slot. running_procedure_id is the one-writer claim (SPEC invariant 2): set
-- when a procedure begins, cleared when it finishes.
create table slots (
    account              varchar(64)              not null,
    inst_id              varchar(40)              not null,
    pos_side             varchar(5)               not null,
    account_kind         varchar(4)               not null,
    maintenance_count    integer                  default 0 not null,
    paused               boolean                  default false not null,
    overrides            varchar                  default '{}' not null,
    running_procedure_id varchar(22),
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    constraint pk_slots primary key (account, inst_id, pos_side),
    constraint ck_slots_pos_side check (pos_side in ('long', 'short')),
    constraint ck_slots_account_kind check (account_kind in ('MAIN', 'SUB')),
    constraint ck_slots_maintenance_count check (maintenance_count >= 0)
);

-- Every procedure ever begun. request is the ProcedureRequest as JSON, so a procedure that stopped
-- before its first journal entry can still be started again.
create table procedures (
    id             varchar(22)              not null,
    account        varchar(64)              not null,
    inst_id        varchar(40)              not null,
    pos_side       varchar(5)               not null,
    type           varchar(20)              not null,
    trigger_source varchar(6)               not null,
    requested_by   varchar(64)              not null,
    status         varchar(9)               not null,
    summary        varchar,
    request        varchar                  not null,
    created_at     timestamp with time zone not null,
    finished_at    timestamp with time zone,
    constraint pk_procedures primary key (id),
    constraint fk_procedures_slot foreign key (account, inst_id, pos_side)
        references slots (account, inst_id, pos_side),
    constraint ck_procedures_type check (type in ('NORMAL_MAINTENANCE', 'SUPER_MAINTENANCE',
        'MARGIN_CORRECTION', 'AUTO_OPEN', 'TAKE_PROFIT')),
    constraint ck_procedures_trigger_source check (trigger_source in ('AUTO', 'MANUAL')),
    constraint ck_procedures_status check (status in ('RUNNING', 'COMPLETED', 'REFUSED', 'FAILED')),
    constraint ck_procedures_finished check (
        (status = 'RUNNING' and finished_at is null and summary is null)
        or (status <> 'RUNNING' and finished_at is not null and summary is not null))
);

create index ix_procedures_status on procedures (status);
create index ix_procedures_created on procedures (created_at);
create index ix_procedures_slot_created on procedures (account, inst_id, pos_side, created_at);

-- The claim must name a procedure that exists (added here: the two tables refer to each other).
alter table slots add constraint fk_slots_running_procedure
    foreign key (running_procedure_id) references procedures (id);

-- The append-only journal: one row per JournalEvent, numbered from 1 per procedure.
create table journal_entries (
    procedure_id varchar(22)              not null,
    seq          integer                  not null,
    event_type   varchar(32)              not null,
    payload      varchar                  not null,
    recorded_at  timestamp with time zone not null,
    constraint pk_journal_entries primary key (procedure_id, seq),
    constraint fk_journal_entries_procedure foreign key (procedure_id) references procedures (id),
    constraint ck_journal_entries_seq check (seq >= 1),
    constraint ck_journal_entries_event_type check (event_type in ('procedure_started',
        'maintenance_planned', 'trim_decided', 'auto_open_planned', 'take_profit_planned',
        'leverage_set', 'order_submitted', 'order_settled', 'order_rejected',
        'margin_change_submitted', 'margin_changed', 'margin_change_refused'))
);

-- One row per finished procedure (SPEC section 6): the figures as columns for queries, and the
-- whole ProcedureReport as JSON so the API can rebuild it exactly.
create table procedure_reports (
    procedure_id     varchar(22)              not null,
    account          varchar(64)              not null,
    inst_id          varchar(40)              not null,
    pos_side         varchar(5)               not null,
    type             varchar(20)              not null,
    status           varchar(9)               not null,
    trigger_source   varchar(6)               not null,
    requested_by     varchar(64)              not null,
    count_before     integer                  not null,
    count_after      integer                  not null,
    original_size    numeric(38, 18),
    remaining_size   numeric(38, 18),
    remaining_margin numeric(38, 18),
    total_pnl        numeric(38, 18)          not null,
    total_fees       numeric(38, 18)          not null,
    net_pnl          numeric(38, 18)          not null,
    fee_rate         numeric(38, 18),
    traded_notional  numeric(38, 18)          not null,
    summary          varchar                  not null,
    started_at       timestamp with time zone not null,
    finished_at      timestamp with time zone not null,
    report           varchar                  not null,
    constraint pk_procedure_reports primary key (procedure_id),
    constraint fk_procedure_reports_procedure foreign key (procedure_id) references procedures (id),
    constraint fk_procedure_reports_slot foreign key (account, inst_id, pos_side)
        references slots (account, inst_id, pos_side),
    constraint ck_procedure_reports_status check (status in ('COMPLETED', 'REFUSED', 'FAILED')),
    constraint ck_procedure_reports_counts check (count_before >= 0 and count_after >= 0)
);

create index ix_procedure_reports_finished on procedure_reports (finished_at);
create index ix_procedure_reports_slot_finished
    on procedure_reports (account, inst_id, pos_side, finished_at);

-- One row per ExecutedOrder of a report, in report order (seq from 1).
create table report_orders (
    procedure_id      varchar(22)     not null,
    seq               integer         not null,
    step              integer         not null,
    purpose           varchar(12)     not null,
    client_order_id   varchar(32)     not null,
    exchange_order_id varchar(64)     not null,
    state             varchar(16)     not null,
    requested         numeric(38, 18) not null,
    filled            numeric(38, 18) not null,
    average_price     numeric(38, 18),
    fill_count        integer         not null,
    fee               numeric(38, 18) not null,
    realised_pnl      numeric(38, 18) not null,
    constraint pk_report_orders primary key (procedure_id, seq),
    constraint fk_report_orders_report foreign key (procedure_id)
        references procedure_reports (procedure_id),
    constraint ck_report_orders_step check (step >= 1),
    constraint ck_report_orders_purpose check (purpose in ('CLOSE_OLD', 'OPEN', 'TRIM',
        'AUTO_OPEN', 'TAKE_PROFIT')),
    constraint ck_report_orders_state check (state in ('LIVE', 'PARTIALLY_FILLED', 'FILLED',
        'CANCELED')),
    constraint ck_report_orders_fill_count check (fill_count >= 0)
);

create index ix_report_orders_client_order on report_orders (client_order_id);

-- One row per MarginStep of a report (margin corrections), in report order (seq from 1).
create table margin_adjustments (
    procedure_id  varchar(22)              not null,
    seq           integer                  not null,
    account       varchar(64)              not null,
    inst_id       varchar(40)              not null,
    pos_side      varchar(5)               not null,
    step          integer                  not null,
    direction     varchar(6)               not null,
    amount        numeric(38, 18)          not null,
    margin_before numeric(38, 18)          not null,
    margin_after  numeric(38, 18)          not null,
    applied       boolean                  not null,
    refusal       varchar,
    occurred_at   timestamp with time zone not null,
    constraint pk_margin_adjustments primary key (procedure_id, seq),
    constraint fk_margin_adjustments_report foreign key (procedure_id)
        references procedure_reports (procedure_id),
    constraint ck_margin_adjustments_direction check (direction in ('ADD', 'REDUCE')),
    constraint ck_margin_adjustments_amount check (amount > 0),
    constraint ck_margin_adjustments_refusal check (
        (applied = true and refusal is null) or (applied = false and refusal is not null))
);

create index ix_margin_adjustments_occurred on margin_adjustments (occurred_at);
create index ix_margin_adjustments_slot_occurred
    on margin_adjustments (account, inst_id, pos_side, occurred_at);

-- Alerts as sent. The slot is absent for account- or exchange-wide alerts; no foreign key, so an
-- alert about a slot the keeper does not manage (yet) is still recorded.
create table alerts (
    id          bigint generated by default as identity,
    kind        varchar(24)              not null,
    severity    varchar(8)               not null,
    account     varchar(64),
    inst_id     varchar(40),
    pos_side    varchar(5),
    profit_rate numeric(38, 18),
    threshold   numeric(38, 18),
    margin      numeric(38, 18),
    target      numeric(38, 18),
    detail      varchar                  not null,
    occurred_at timestamp with time zone not null,
    constraint pk_alerts primary key (id),
    constraint ck_alerts_kind check (kind in ('PROFIT_TIER', 'MARGIN_OFF_BAND',
        'PROCEDURE_FAILED', 'PROCEDURE_REFUSED', 'CAP_REACHED', 'OWNER_DECIDES',
        'EXCHANGE_UNREACHABLE', 'RATE_LIMITED')),
    constraint ck_alerts_severity check (severity in ('INFO', 'NOTICE', 'WARNING', 'CRITICAL')),
    constraint ck_alerts_pos_side check (pos_side in ('long', 'short')),
    constraint ck_alerts_slot check (
        (account is null and inst_id is null and pos_side is null)
        or (account is not null and inst_id is not null and pos_side is not null))
);

create index ix_alerts_occurred on alerts (occurred_at);
create index ix_alerts_account_occurred on alerts (account, occurred_at);

-- Global settings overrides (SettingsOverrides as JSON). A slot's overrides live in its slots row;
-- the history below audits both, with the slot key ('account/instId/side') as scope.
create table settings (
    scope      varchar(200)             not null,
    overrides  varchar                  not null,
    updated_at timestamp with time zone not null,
    constraint pk_settings primary key (scope),
    constraint ck_settings_scope check (scope = 'global')
);

-- The global scope always exists, so changing it is an update of a locked row, never a race to
-- insert it.
insert into settings (scope, overrides, updated_at) values ('global', '{}', current_timestamp);

create table settings_history (
    id               bigint generated by default as identity,
    scope            varchar(200)             not null,
    changed_by       varchar(64)              not null,
    overrides_before varchar                  not null,
    overrides_after  varchar                  not null,
    changed_at       timestamp with time zone not null,
    constraint pk_settings_history primary key (id)
);

create index ix_settings_history_changed on settings_history (changed_at);
create index ix_settings_history_scope_changed on settings_history (scope, changed_at);

-- SPEC section 9: instances sharing one database divide accounts by leases. Expiry is judged on
-- the database's clock, so instances with skewed clocks still agree.
create table account_leases (
    account     varchar(64)              not null,
    owner       varchar(64)              not null,
    acquired_at timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    constraint pk_account_leases primary key (account),
    constraint ck_account_leases_expiry check (expires_at > acquired_at)
);

create index ix_account_leases_owner on account_leases (owner);
