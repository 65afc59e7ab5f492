/* plx-date-offset.h: dates counted from another event ("a day after")
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PlxDateOffset:
 * @days: how many days the sentence's subject lies after (positive) or
 *   before (negative) the event counted from: 1 for "a day after"
 * @start: byte offset of the words ("a day after")
 * @end: byte offset just past them
 * @event_token: index of the first token of the event counted from
 *
 * "It came a day after Gor publicly stated …": the event after the words
 * (Gor's statement) happened @days before the sentence's subject.
 */
typedef struct
{
  int   days;
  gsize start;
  gsize end;
  guint event_token;
} PlxDateOffset;

gboolean plx_find_date_offset (GArray        *tokens,
                               const char    *language,
                               PlxDateOffset *offset);

G_END_DECLS
