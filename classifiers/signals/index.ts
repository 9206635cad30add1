/** The explicit registry of signals, in the order they are evaluated. Adding one: a file and a line here. */
import type { SignalDefinition } from './define.js';
import { firstMessage, newAccount, replyToHelpRequest, staffImpersonation } from './context.js';
import { codeContext, communityChannel, establishedMember, officialLinkOnly, questionFrame, quoteFrame, serviceOffer, socialPurposeFrame, staffAuthor, warningFrame } from './frames.js';
import { fundRecoveryOffer } from './fund-recovery-offer.js';
import { offPlatformContact } from './off-platform-contact.js';
import { phoneSupportSpam } from './phone-support-spam.js';
import { privateHelpOffer } from './private-help-offer.js';
import { maintenancePretext } from './pretext.js';
import {
  knownPhishingDomain, linkShortener, lookalikeDomain, lureCalledReal, lureDomain, lureVouchedFor, maskedLink, siteBuilderLink, spelledOutDomain, walletActionLink,
} from './risky-links.js';
import { supportIdentity } from './support-identity.js';
import { testimonialLure } from './testimonial-lure.js';
import { urgencyThreat } from './urgency-threat.js';
import { walletSecretRequest } from './wallet-secret-request.js';
import { walletAccessRequest } from './wallet-access-request.js';
import { walletValidationLure } from './wallet-validation-lure.js';

export const signals = [
  walletSecretRequest, walletValidationLure, walletAccessRequest, walletActionLink,
  urgencyThreat, maintenancePretext, supportIdentity, testimonialLure, privateHelpOffer,
  offPlatformContact, phoneSupportSpam,
  fundRecoveryOffer,
  knownPhishingDomain, lookalikeDomain, maskedLink, spelledOutDomain, linkShortener, siteBuilderLink, lureDomain, lureCalledReal, lureVouchedFor,
  newAccount, firstMessage, replyToHelpRequest, staffImpersonation,
  warningFrame, questionFrame, quoteFrame, codeContext, socialPurposeFrame, serviceOffer, staffAuthor, establishedMember, officialLinkOnly, communityChannel,
] as const satisfies readonly SignalDefinition[];
