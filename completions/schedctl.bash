_schedctl_profiles() {
    local i line config=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "${COMP_WORDS[i]}" in
            --config) config=(--config "${COMP_WORDS[i+1]}") ;;
            --config=*) config=(--config "${COMP_WORDS[i]#--config=}") ;;
        esac
    done
    schedctl "${config[@]}" -o table config profiles 2>/dev/null | while IFS= read -r line; do
        printf '%s\n' "${line:2}"
    done
}

_schedctl() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="schedctl"
                ;;
            schedctl,cloud-service)
                cmd="schedctl__subcmd__cloud__subcmd__service"
                ;;
            schedctl,collection)
                cmd="schedctl__subcmd__collection"
                ;;
            schedctl,completions)
                cmd="schedctl__subcmd__completions"
                ;;
            schedctl,config)
                cmd="schedctl__subcmd__config"
                ;;
            schedctl,help)
                cmd="schedctl__subcmd__help"
                ;;
            schedctl,job)
                cmd="schedctl__subcmd__job"
                ;;
            schedctl__subcmd__cloud__subcmd__service,help)
                cmd="schedctl__subcmd__cloud__subcmd__service__subcmd__help"
                ;;
            schedctl__subcmd__cloud__subcmd__service,list)
                cmd="schedctl__subcmd__cloud__subcmd__service__subcmd__list"
                ;;
            schedctl__subcmd__cloud__subcmd__service__subcmd__help,help)
                cmd="schedctl__subcmd__cloud__subcmd__service__subcmd__help__subcmd__help"
                ;;
            schedctl__subcmd__cloud__subcmd__service__subcmd__help,list)
                cmd="schedctl__subcmd__cloud__subcmd__service__subcmd__help__subcmd__list"
                ;;
            schedctl__subcmd__collection,get)
                cmd="schedctl__subcmd__collection__subcmd__get"
                ;;
            schedctl__subcmd__collection,help)
                cmd="schedctl__subcmd__collection__subcmd__help"
                ;;
            schedctl__subcmd__collection,list)
                cmd="schedctl__subcmd__collection__subcmd__list"
                ;;
            schedctl__subcmd__collection__subcmd__help,get)
                cmd="schedctl__subcmd__collection__subcmd__help__subcmd__get"
                ;;
            schedctl__subcmd__collection__subcmd__help,help)
                cmd="schedctl__subcmd__collection__subcmd__help__subcmd__help"
                ;;
            schedctl__subcmd__collection__subcmd__help,list)
                cmd="schedctl__subcmd__collection__subcmd__help__subcmd__list"
                ;;
            schedctl__subcmd__config,help)
                cmd="schedctl__subcmd__config__subcmd__help"
                ;;
            schedctl__subcmd__config,import-publishsettings)
                cmd="schedctl__subcmd__config__subcmd__import__subcmd__publishsettings"
                ;;
            schedctl__subcmd__config,path)
                cmd="schedctl__subcmd__config__subcmd__path"
                ;;
            schedctl__subcmd__config,profiles)
                cmd="schedctl__subcmd__config__subcmd__profiles"
                ;;
            schedctl__subcmd__config,set)
                cmd="schedctl__subcmd__config__subcmd__set"
                ;;
            schedctl__subcmd__config,show)
                cmd="schedctl__subcmd__config__subcmd__show"
                ;;
            schedctl__subcmd__config,unset)
                cmd="schedctl__subcmd__config__subcmd__unset"
                ;;
            schedctl__subcmd__config,use)
                cmd="schedctl__subcmd__config__subcmd__use"
                ;;
            schedctl__subcmd__config__subcmd__help,help)
                cmd="schedctl__subcmd__config__subcmd__help__subcmd__help"
                ;;
            schedctl__subcmd__config__subcmd__help,import-publishsettings)
                cmd="schedctl__subcmd__config__subcmd__help__subcmd__import__subcmd__publishsettings"
                ;;
            schedctl__subcmd__config__subcmd__help,path)
                cmd="schedctl__subcmd__config__subcmd__help__subcmd__path"
                ;;
            schedctl__subcmd__config__subcmd__help,profiles)
                cmd="schedctl__subcmd__config__subcmd__help__subcmd__profiles"
                ;;
            schedctl__subcmd__config__subcmd__help,set)
                cmd="schedctl__subcmd__config__subcmd__help__subcmd__set"
                ;;
            schedctl__subcmd__config__subcmd__help,show)
                cmd="schedctl__subcmd__config__subcmd__help__subcmd__show"
                ;;
            schedctl__subcmd__config__subcmd__help,unset)
                cmd="schedctl__subcmd__config__subcmd__help__subcmd__unset"
                ;;
            schedctl__subcmd__config__subcmd__help,use)
                cmd="schedctl__subcmd__config__subcmd__help__subcmd__use"
                ;;
            schedctl__subcmd__help,cloud-service)
                cmd="schedctl__subcmd__help__subcmd__cloud__subcmd__service"
                ;;
            schedctl__subcmd__help,collection)
                cmd="schedctl__subcmd__help__subcmd__collection"
                ;;
            schedctl__subcmd__help,completions)
                cmd="schedctl__subcmd__help__subcmd__completions"
                ;;
            schedctl__subcmd__help,config)
                cmd="schedctl__subcmd__help__subcmd__config"
                ;;
            schedctl__subcmd__help,help)
                cmd="schedctl__subcmd__help__subcmd__help"
                ;;
            schedctl__subcmd__help,job)
                cmd="schedctl__subcmd__help__subcmd__job"
                ;;
            schedctl__subcmd__help__subcmd__cloud__subcmd__service,list)
                cmd="schedctl__subcmd__help__subcmd__cloud__subcmd__service__subcmd__list"
                ;;
            schedctl__subcmd__help__subcmd__collection,get)
                cmd="schedctl__subcmd__help__subcmd__collection__subcmd__get"
                ;;
            schedctl__subcmd__help__subcmd__collection,list)
                cmd="schedctl__subcmd__help__subcmd__collection__subcmd__list"
                ;;
            schedctl__subcmd__help__subcmd__config,import-publishsettings)
                cmd="schedctl__subcmd__help__subcmd__config__subcmd__import__subcmd__publishsettings"
                ;;
            schedctl__subcmd__help__subcmd__config,path)
                cmd="schedctl__subcmd__help__subcmd__config__subcmd__path"
                ;;
            schedctl__subcmd__help__subcmd__config,profiles)
                cmd="schedctl__subcmd__help__subcmd__config__subcmd__profiles"
                ;;
            schedctl__subcmd__help__subcmd__config,set)
                cmd="schedctl__subcmd__help__subcmd__config__subcmd__set"
                ;;
            schedctl__subcmd__help__subcmd__config,show)
                cmd="schedctl__subcmd__help__subcmd__config__subcmd__show"
                ;;
            schedctl__subcmd__help__subcmd__config,unset)
                cmd="schedctl__subcmd__help__subcmd__config__subcmd__unset"
                ;;
            schedctl__subcmd__help__subcmd__config,use)
                cmd="schedctl__subcmd__help__subcmd__config__subcmd__use"
                ;;
            schedctl__subcmd__help__subcmd__job,get)
                cmd="schedctl__subcmd__help__subcmd__job__subcmd__get"
                ;;
            schedctl__subcmd__help__subcmd__job,history)
                cmd="schedctl__subcmd__help__subcmd__job__subcmd__history"
                ;;
            schedctl__subcmd__help__subcmd__job,list)
                cmd="schedctl__subcmd__help__subcmd__job__subcmd__list"
                ;;
            schedctl__subcmd__help__subcmd__job,wait)
                cmd="schedctl__subcmd__help__subcmd__job__subcmd__wait"
                ;;
            schedctl__subcmd__job,get)
                cmd="schedctl__subcmd__job__subcmd__get"
                ;;
            schedctl__subcmd__job,help)
                cmd="schedctl__subcmd__job__subcmd__help"
                ;;
            schedctl__subcmd__job,history)
                cmd="schedctl__subcmd__job__subcmd__history"
                ;;
            schedctl__subcmd__job,list)
                cmd="schedctl__subcmd__job__subcmd__list"
                ;;
            schedctl__subcmd__job,wait)
                cmd="schedctl__subcmd__job__subcmd__wait"
                ;;
            schedctl__subcmd__job__subcmd__help,get)
                cmd="schedctl__subcmd__job__subcmd__help__subcmd__get"
                ;;
            schedctl__subcmd__job__subcmd__help,help)
                cmd="schedctl__subcmd__job__subcmd__help__subcmd__help"
                ;;
            schedctl__subcmd__job__subcmd__help,history)
                cmd="schedctl__subcmd__job__subcmd__help__subcmd__history"
                ;;
            schedctl__subcmd__job__subcmd__help,list)
                cmd="schedctl__subcmd__job__subcmd__help__subcmd__list"
                ;;
            schedctl__subcmd__job__subcmd__help,wait)
                cmd="schedctl__subcmd__job__subcmd__help__subcmd__wait"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        schedctl)
            opts="-p -o -v -q -h -V --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help --version job collection cloud-service config completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__cloud__subcmd__service)
            opts="-p -o -v -q -h --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__cloud__subcmd__service__subcmd__help)
            opts="list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__cloud__subcmd__service__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__cloud__subcmd__service__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__cloud__subcmd__service__subcmd__list)
            opts="-p -o -v -q -h --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__collection)
            opts="-p -o -v -q -h --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help list get help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__collection__subcmd__get)
            opts="-p -o -v -q -h --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__collection__subcmd__help)
            opts="list get help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__collection__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__collection__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__collection__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__collection__subcmd__list)
            opts="-p -o -v -q -h --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__completions)
            opts="-p -o -v -q -h --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config)
            opts="-p -o -v -q -h --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help path show profiles use set unset import-publishsettings help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config__subcmd__help)
            opts="path show profiles use set unset import-publishsettings help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config__subcmd__help__subcmd__import__subcmd__publishsettings)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config__subcmd__help__subcmd__path)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config__subcmd__help__subcmd__profiles)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config__subcmd__help__subcmd__unset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config__subcmd__help__subcmd__use)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config__subcmd__import__subcmd__publishsettings)
            opts="-p -o -v -q -h --name --force --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config__subcmd__path)
            opts="-p -o -v -q -h --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config__subcmd__profiles)
            opts="-p -o -v -q -h --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config__subcmd__set)
            opts="-p -o -v -q -h --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config__subcmd__show)
            opts="-p -o -v -q -h --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config__subcmd__unset)
            opts="-p -o -v -q -h --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__config__subcmd__use)
            opts="-p -o -v -q -h --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help)
            opts="job collection cloud-service config completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__cloud__subcmd__service)
            opts="list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__cloud__subcmd__service__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__collection)
            opts="list get"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__collection__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__collection__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__config)
            opts="path show profiles use set unset import-publishsettings"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__config__subcmd__import__subcmd__publishsettings)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__config__subcmd__path)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__config__subcmd__profiles)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__config__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__config__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__config__subcmd__unset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__config__subcmd__use)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__job)
            opts="get list history wait"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__job__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__job__subcmd__history)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__job__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__help__subcmd__job__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__job)
            opts="-p -o -v -q -h --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help get list history wait help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__job__subcmd__get)
            opts="-p -o -v -q -h --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__job__subcmd__help)
            opts="get list history wait help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__job__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__job__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__job__subcmd__help__subcmd__history)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__job__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__job__subcmd__help__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__job__subcmd__history)
            opts="-p -o -v -q -h --status --top --skip --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --status)
                    COMPREPLY=($(compgen -W "completed failed postponed" -- "${cur}"))
                    return 0
                    ;;
                --top)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__job__subcmd__list)
            opts="-p -o -v -q -h --state --top --skip --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --state)
                    COMPREPLY=($(compgen -W "enabled disabled faulted completed" -- "${cur}"))
                    return 0
                    ;;
                --top)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        schedctl__subcmd__job__subcmd__wait)
            opts="-p -o -v -q -h --for --timeout --interval --config --profile --subscription --cloud-service --region --cert --key --ca-cert --endpoint --environment --request-timeout --retries --output --field --jq --no-headers --color --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --for)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "$(_schedctl_profiles)" -- "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --environment)
                    COMPREPLY=($(compgen -W "AzureCloud AzureChinaCloud AzureUSGovernment AzureGermanCloud" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -W "id startTime action action.type action.request action.request.uri action.request.method action.request.headers action.request.body action.request.authentication action.request.authentication.type action.request.authentication.certificateThumbprint action.request.authentication.certificateExpiration action.request.authentication.certificateSubjectName action.request.authentication.username action.request.authentication.tenant action.request.authentication.audience action.request.authentication.clientId action.queueMessage action.queueMessage.storageAccount action.queueMessage.queueName action.queueMessage.message action.serviceBusQueueMessage action.serviceBusQueueMessage.namespace action.serviceBusQueueMessage.queueName action.serviceBusQueueMessage.topicPath action.serviceBusQueueMessage.transportType action.serviceBusQueueMessage.message action.serviceBusQueueMessage.authentication action.serviceBusQueueMessage.authentication.type action.serviceBusQueueMessage.authentication.sasKeyName action.serviceBusQueueMessage.brokeredMessageProperties action.serviceBusQueueMessage.customMessageProperties action.serviceBusTopicMessage action.serviceBusTopicMessage.namespace action.serviceBusTopicMessage.queueName action.serviceBusTopicMessage.topicPath action.serviceBusTopicMessage.transportType action.serviceBusTopicMessage.message action.serviceBusTopicMessage.authentication action.serviceBusTopicMessage.authentication.type action.serviceBusTopicMessage.authentication.sasKeyName action.serviceBusTopicMessage.brokeredMessageProperties action.serviceBusTopicMessage.customMessageProperties action.retryPolicy action.retryPolicy.retryType action.retryPolicy.retryInterval action.retryPolicy.retryCount action.errorAction action.errorAction.type action.errorAction.request action.errorAction.request.uri action.errorAction.request.method action.errorAction.request.headers action.errorAction.request.body action.errorAction.request.authentication action.errorAction.request.authentication.type action.errorAction.request.authentication.certificateThumbprint action.errorAction.request.authentication.certificateExpiration action.errorAction.request.authentication.certificateSubjectName action.errorAction.request.authentication.username action.errorAction.request.authentication.tenant action.errorAction.request.authentication.audience action.errorAction.request.authentication.clientId action.errorAction.queueMessage action.errorAction.queueMessage.storageAccount action.errorAction.queueMessage.queueName action.errorAction.queueMessage.message action.errorAction.serviceBusQueueMessage action.errorAction.serviceBusQueueMessage.namespace action.errorAction.serviceBusQueueMessage.queueName action.errorAction.serviceBusQueueMessage.topicPath action.errorAction.serviceBusQueueMessage.transportType action.errorAction.serviceBusQueueMessage.message action.errorAction.serviceBusQueueMessage.authentication action.errorAction.serviceBusQueueMessage.authentication.type action.errorAction.serviceBusQueueMessage.authentication.sasKeyName action.errorAction.serviceBusQueueMessage.brokeredMessageProperties action.errorAction.serviceBusQueueMessage.customMessageProperties action.errorAction.serviceBusTopicMessage action.errorAction.serviceBusTopicMessage.namespace action.errorAction.serviceBusTopicMessage.queueName action.errorAction.serviceBusTopicMessage.topicPath action.errorAction.serviceBusTopicMessage.transportType action.errorAction.serviceBusTopicMessage.message action.errorAction.serviceBusTopicMessage.authentication action.errorAction.serviceBusTopicMessage.authentication.type action.errorAction.serviceBusTopicMessage.authentication.sasKeyName action.errorAction.serviceBusTopicMessage.brokeredMessageProperties action.errorAction.serviceBusTopicMessage.customMessageProperties recurrence recurrence.frequency recurrence.interval recurrence.count recurrence.endTime recurrence.schedule recurrence.schedule.minutes recurrence.schedule.hours recurrence.schedule.weekDays recurrence.schedule.months recurrence.schedule.monthDays recurrence.schedule.monthlyOccurrences state status status.lastExecutionTime status.nextExecutionTime status.executionCount status.failureCount status.faultedCount jobId timestamp endTime message retryCount repeatCount actionName name intrinsicSettings intrinsicSettings.plan intrinsicSettings.quota intrinsicSettings.quota.maxJobCount intrinsicSettings.quota.maxJobOccurrence intrinsicSettings.quota.maxRecurrence intrinsicSettings.quota.maxRecurrence.frequency intrinsicSettings.quota.maxRecurrence.interval resourceProviderNamespace type label schemaVersion eTag subState promotionCode cloudServiceSettings cloudServiceSettings.geoRegion operationStatus operationStatus.type operationStatus.result operationStatus.error operationStatus.error.httpCode operationStatus.error.message description geoRegion resources" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _schedctl -o nosort -o bashdefault -o default schedctl
else
    complete -F _schedctl -o bashdefault -o default schedctl
fi
