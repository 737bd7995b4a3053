package org.techmarket.listing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.techmarket.common.KnownRegion;

/** What an owner writes about a technology result (科技成果). */
public record ResultInput(
        @NotBlank @Size(max = 100) String title,
        @NotBlank @Size(max = 500) String summary,
        @NotBlank @Size(max = 10_000) String description,
        @NotNull TechField field,
        @Size(max = 10) List<@NotBlank @Size(max = 20) String> keywords,
        @NotNull @Min(1) @Max(9) Integer maturity,
        IpType ipType,
        IpStatus ipStatus,
        @Size(max = 500) String patentNumbers,
        @NotEmpty List<@NotNull TransferMode> transferModes,
        /** Asking price in fen; null for 面议. */
        @Positive @Max(ListingInputs.MAX_FEN) Long priceFen,
        @NotBlank @Pattern(regexp = "[0-9]{6}", message = "{techmarket.region.format}") @KnownRegion String regionCode,
        @NotBlank @Size(max = 50) String contactName,
        @NotBlank @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]*", message = "{techmarket.phone.chars}")
        String contactPhone,
        @Email @Size(max = 120) String contactEmail,
        @NotNull @Future LocalDate validUntil) {
}
