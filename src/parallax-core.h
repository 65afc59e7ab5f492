/* parallax-core.h: the core library, for the window, the command-line
 * tool and the tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plx-types.h"
#include "plx-enums.h"
#include "plx-error.h"
#include "plx-sentence.h"
#include "plx-article.h"
#include "plx-corpus.h"
#include "plx-furniture.h"
#include "plx-analysis.h"
#include "plx-loader.h"
#include "plx-update-check.h"
#include "plx-manifest.h"
#include "plx-metadata.h"
#include "plx-decode.h"
#include "plx-segmenter.h"
#include "plx-tokens.h"
#include "plx-variants.h"
#include "plx-diff.h"
#include "plx-similarity.h"
#include "plx-row.h"
#include "plx-alignment.h"
#include "plx-corrections.h"
#include "plx-copies.h"
#include "plx-version-changes.h"
#include "plx-figures.h"
#include "plx-dates.h"
#include "plx-discrepancy.h"
#include "plx-discrepancies.h"
#include "plx-ledger.h"
#include "plx-comparison.h"
#include "plx-export-json.h"
#include "plx-export-csv.h"
#include "plx-export-html.h"
#include "plx-fetcher.h"
#include "plx-fetch-batch.h"
