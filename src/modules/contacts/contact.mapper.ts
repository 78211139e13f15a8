import type { Contact } from './contact.entity.js';
import type { ContactDto } from './dto/contact.dto.js';

export function toContactDto(contact: Contact): ContactDto {
  return {
    id: contact.id,
    name: contact.name,
    email: contact.email,
    phone: contact.phone,
    organization: contact.organization,
    title: contact.title,
    seniority: contact.seniority,
    sameOrganization: contact.sameOrganization,
    responsibilities: contact.responsibilities,
    interests: contact.interests,
    canOffer: contact.canOffer,
    notes: contact.notes,
    tags: contact.tags,
    linkedinUrl: contact.linkedinUrl,
    keepInTouchDays: contact.keepInTouchDays,
    emails: contact.emails,
    phones: contact.phones,
    urls: contact.urls,
    connectedOn: contact.connectedOn,
    lastInteractionAt: contact.lastInteractionAt,
    createdAt: contact.createdAt,
    updatedAt: contact.updatedAt,
    version: contact.version,
  };
}
