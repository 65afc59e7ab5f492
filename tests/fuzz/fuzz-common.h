/* fuzz-common.h: what the libFuzzer targets share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include "parallax-core.h"

G_BEGIN_DECLS

/* libFuzzer's entry points. */
int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

void        plx_fuzz_init          (void);
GPtrArray  *plx_fuzz_split         (const uint8_t *data,
                                    size_t         size,
                                    guint          max_parts);
const char *plx_fuzz_pick_language (const uint8_t *data,
                                    size_t         size);
PlxCorpus  *plx_fuzz_corpus        (GPtrArray     *parts);
void        plx_fuzz_check_article (PlxArticle    *article);
void        plx_fuzz_check_string  (const char    *text,
                                    gboolean       nullable);

G_END_DECLS
