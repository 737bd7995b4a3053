package org.techmarket.challenge;

import org.techmarket.common.LabelKeys;

/** Who poses the problem: an enterprise through its published need, or a government department (key technology problem). */
@LabelKeys("cgsource")
public enum ChallengeSource {
    ENTERPRISE_NEED, GOVERNMENT
}
