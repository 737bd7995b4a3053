package org.techmarket.listing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.techmarket.common.KnownRegion;

/** What an enterprise writes about a technology need (技术需求). */
public record NeedInput(
        @NotBlank @Size(max = 100) String title,
        @NotBlank @Size(max = 10_000) String description,
        @NotNull TechField field,
        @Size(max = 10) List<@NotBlank @Size(max = 20) String> keywords,
        @NotNull @Min(1) @Max(9) Integer requiredMaturity,
        @PositiveOrZero @Max(ListingInputs.MAX_FEN) Long budgetMinFen,
        @PositiveOrZero @Max(ListingInputs.MAX_FEN) Long budgetMaxFen,
        @NotNull @Future LocalDate deadline,
        @NotBlank @Pattern(regexp = "[0-9]{6}", message = "{techmarket.region.format}") @KnownRegion String regionCode,
        @NotEmpty List<@NotNull TransferMode> cooperationModes,
        @NotBlank @Size(max = 50) String contactName,
        @NotBlank @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]*", message = "{techmarket.phone.chars}")
        String contactPhone,
        @Email @Size(max = 120) String contactEmail) {
}
