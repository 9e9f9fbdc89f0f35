package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.margin.MarginBand;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.value.Ratio;
import java.util.Optional;

/**
 * A slot as the API and the dashboard show it.
 *
 * @param profitRate the profit rate at the newest mark
 * @param band the margin band for the slot's count
 */
public record SlotView(
    SlotConfig config,
    AnchorSettings settings,
    Optional<PositionSnapshot> position,
    Optional<Ratio> profitRate,
    MarginBand band,
    Optional<ProcedureId> running,
    SlotStatus status) {}
